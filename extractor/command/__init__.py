"""The ``extract`` command's parts, wired together by ``cli.py``: options, the job they make, its driver, its exits."""
