"""Results API for coordinators: aggregated results, comments, themes and exports."""
