"""Use cases shared by the GUI and the command line: one transaction each, validated, no Qt.

Callers never hold a session: they get plain values or detached records back.
"""
