"""The instructor's review window: class overlay, compare, scores, agreement, contested
passages and charts."""
