"""Korean names: titled and honorific forms (core), bare and lone names, compounds, record fields, framed
names and romanised given names."""
