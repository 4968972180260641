"""The Gradio UI: an HTTP client of the API, never of the database."""
