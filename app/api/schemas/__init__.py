"""Every request and response body of the API, one module per router (issue #15): routers hold no models.

`jobs`, `health`, `applications`, `journey`, `review`, `overview`, `settings`, `cv` and `discovery` match
the routers of the same names in app/api/.
"""
