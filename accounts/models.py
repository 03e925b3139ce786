"""No models: the roles are Django groups (see roles.py).

This module exists so that `migrate` signals the app and the roles get synced.
"""
