"""The app icon: an SVG and its PNG renderings (see packaging/render_icons.py)."""
