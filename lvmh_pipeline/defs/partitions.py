"""Partitions: one dynamic partition per upload date (``uploads/<YYYY-MM-DD>/``)."""

import dagster as dg

upload_dates = dg.DynamicPartitionsDefinition(name="upload_dates")
