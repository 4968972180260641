"""Models and the status machine. No I/O library may be imported here."""
