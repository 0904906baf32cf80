"""The Qt user interface: a thin layer over the engine."""
