"""An invoice server on loopback that implements the contract in docs/server-api.md, with
scenarios that reproduce every failure the engine must recognise. Demo mode and the test
suite both use it.

The server (``simulator.server``) is not imported here: the command line needs only the
scenario names, and ``invoice-tray check`` must start fast.
"""
