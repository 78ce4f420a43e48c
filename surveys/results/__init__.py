"""Results for coordinators: aggregation in SQL, small-group suppression, comments, exports."""
