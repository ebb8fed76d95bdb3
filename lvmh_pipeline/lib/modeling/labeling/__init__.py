"""Labels from outcomes: their definitions and windows, the labels table, reading transactions and label files."""
