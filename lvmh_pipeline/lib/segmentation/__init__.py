"""Client clusters and their readable names, the 3D projection, the client feature view and the rule segments."""
