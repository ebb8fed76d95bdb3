"""MLflow tracking, safe model persistence and champion selection / promotion / loading."""
