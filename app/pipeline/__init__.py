"""Pipeline stages and the runner. The pure parts import no I/O library."""
