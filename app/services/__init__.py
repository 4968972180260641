"""The app's collaborators, each over the few parts it needs; `app/service.py:Jobsmith` builds them.

`templates.TemplateFolder` (the seeker's Word templates), `discovery.Discovery` (discovery runs and the
schedule's view of the sources), `health.Health` (the /health report).
"""
