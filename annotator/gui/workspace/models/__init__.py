"""Qt item models over service data: the current student's annotations and links."""
