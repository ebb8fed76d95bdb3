"""Arabic kin words around names: a kin adjective before a name, lists of kin with their names."""
