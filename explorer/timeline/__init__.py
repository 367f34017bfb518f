"""The timeline: mentions over publication date, binned, with their bursts (Qt-free)."""
