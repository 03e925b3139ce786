"""No models: the roles are Django groups (see roles.py). This module makes `migrate` signal the app."""
