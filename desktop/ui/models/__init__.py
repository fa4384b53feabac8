"""Qt item models over the services' frozen rows."""
