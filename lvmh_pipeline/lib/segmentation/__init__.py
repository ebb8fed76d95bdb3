"""Client clusters and the 3D projection of the client space."""
