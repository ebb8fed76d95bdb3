"""Product catalog, recommendation signals, ranking, reasons and offline evaluation."""
