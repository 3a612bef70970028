"""probono_desk: the desk that runs the day of a Marathon Probono."""

__version__ = "0.1.0"
APP_NAME = "probono_desk"
