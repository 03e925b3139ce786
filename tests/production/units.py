"""The systemd units of deploy/systemd/, read and run the way systemd runs them.

Only what decides how a service starts, stops and comes back is emulated: ExecStart=
(ExecStartPre= is handed to the driver to run once), Restart=, RestartSec=,
Environment=, WorkingDirectory=, RuntimeDirectory=/StateDirectory=, KillMode= and
TimeoutStopSec=, and the unit's cgroup (here a process group) being killed whole
when its main process exits. User= and the sandboxing options are not: everything
runs as the user running the driver.
"""

import contextlib
import os
import re
import shlex
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

# What deploy/systemd/ promises, used for a unit file that does not exist yet.
CONTRACT = {
    "medtour-web@.service": """
[Service]
ExecStart=/srv/medtour/venv/bin/gunicorn medtour.wsgi --bind 127.0.0.1:%i --workers 3 --timeout 60
Restart=always
RestartSec=2
""",
    "medtour-worker@.service": """
[Service]
ExecStart=/srv/medtour/venv/bin/celery -A medtour worker --hostname=worker%i@%H \\
    --concurrency=2 --loglevel=INFO --without-gossip --without-mingle
Restart=always
RestartSec=2
""",
    "medtour-beat.service": """
[Service]
ExecStart=/srv/medtour/venv/bin/celery -A medtour beat --loglevel=INFO \\
    --schedule=/var/lib/medtour/celerybeat-schedule
Restart=always
RestartSec=2
""",
}


# systemd's directories for RuntimeDirectory=, StateDirectory=, ... and the variable
# it sets to each.
DIRECTORIES = {
    "RuntimeDirectory": ("/run", "RUNTIME_DIRECTORY"),
    "StateDirectory": ("/var/lib", "STATE_DIRECTORY"),
    "CacheDirectory": ("/var/cache", "CACHE_DIRECTORY"),
    "LogsDirectory": ("/var/log", "LOGS_DIRECTORY"),
}
STOP_TIMEOUT_CAP = 30.0  # a run is bounded, whatever TimeoutStopSec= allows


@dataclass
class Unit:
    name: str  # medtour-worker@1.service
    source: str  # the file read, or "contract"
    command: list[str]
    pre_commands: list[list[str]] = field(default_factory=list)  # ExecStartPre=
    working_directory: str | None = None
    restart: str = "no"
    restart_sec: float = 0.1  # systemd's default
    kill_mode: str = "control-group"
    stop_timeout: float = 90.0
    environment: dict = field(default_factory=dict)
    directories: list[Path] = field(default_factory=list)

    def restarts_after(self, returncode):
        """Whether systemd brings the service back after its main process ended so."""
        if self.restart == "always":
            return True
        if self.restart == "on-failure":
            return returncode != 0
        if self.restart == "on-abnormal":
            return returncode < 0
        return False


def _service_section(text):
    """The [Service] keys in order, with continued lines joined, as (key, value) pairs."""
    text = re.sub(r"\\\n", " ", text)
    section, pairs = None, []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            section = line
            continue
        if section == "[Service]" and "=" in line:
            key, _, value = line.partition("=")
            pairs.append((key.strip(), value.strip()))
    return pairs


def _seconds(value):
    """A systemd time span: 2, 2s, 500ms, 1min, 1min 30s."""
    units = {"": 1, "s": 1, "sec": 1, "ms": 0.001, "m": 60, "min": 60, "h": 3600}
    total = 0.0
    for number, unit in re.findall(r"([\d.]+)\s*([a-z]*)", value):
        total += float(number) * units[unit]
    return total


def read_unit(directory, template, instance, paths):
    """The unit `template` (e.g. medtour-web@.service) for `instance`, with systemd's
    specifiers and the production paths (`paths`: production prefix -> here) replaced."""
    path = Path(directory) / template
    text = path.read_text() if path.exists() else CONTRACT[template]
    name = template.replace("@.", f"@{instance}.") if instance else template
    specifiers = {
        "i": str(instance or ""),
        "I": str(instance or ""),
        "H": socket.gethostname(),
        "n": name,
        "N": name.removesuffix(".service"),
        "p": name.partition("@")[0].removesuffix(".service"),
        "%": "%",
    }

    def substitute(value):
        value = re.sub(r"%(.)", lambda match: specifiers[match.group(1)], value)
        for production, here in paths.items():
            value = value.replace(production, str(here))
        return value

    def command(value):
        # systemd's prefixes: - (ignore failure), @, :, +, ! (privileges): none
        # changes what runs here, except that @ gives argv[0] separately.
        words = shlex.split(value)
        if words and words[0].startswith("@"):
            words = [words[0].lstrip("@-:+!"), *words[2:]]
        elif words:
            words[0] = words[0].lstrip("-:+!")
        return [substitute(word) for word in words]

    unit = Unit(name=name, source=str(path) if path.exists() else "contract", command=[])
    # EnvironmentFile= is not read: the driver passes the environment it stands for.
    for key, value in _service_section(text):
        if key == "ExecStart":
            unit.command = command(value)
        elif key == "ExecStartPre":
            unit.pre_commands.append(command(value))
        elif key == "WorkingDirectory":
            unit.working_directory = substitute(value.lstrip("-"))
        elif key == "Restart":
            unit.restart = value
        elif key == "RestartSec":
            unit.restart_sec = _seconds(value)
        elif key == "KillMode":
            unit.kill_mode = value
        elif key in {"TimeoutStopSec", "TimeoutSec"}:
            unit.stop_timeout = _seconds(value)
        elif key == "Environment":
            for assignment in shlex.split(value):
                variable, _, setting = assignment.partition("=")
                unit.environment[variable] = substitute(setting)
        elif key in DIRECTORIES:
            base, variable = DIRECTORIES[key]
            paths_here = [Path(substitute(f"{base}/{name}")) for name in substitute(value).split()]
            unit.directories += paths_here
            unit.environment[variable] = ":".join(map(str, paths_here))
    if not unit.command:
        raise ValueError(f"{name} ({unit.source}) has no ExecStart=")
    return unit


def _expand_variables(words, environment):
    """systemd expands ${VAR} inside a word, and $VAR alone as a word into several."""
    expanded = []
    for word in words:
        if re.fullmatch(r"\$\w+", word):
            expanded += environment.get(word[1:], "").split()
        else:
            expanded.append(
                re.sub(r"\$\{(\w+)\}", lambda match: environment.get(match.group(1), ""), word)
            )
    return expanded


def describe_exit(returncode):
    if returncode < 0:
        return f"killed by {signal.Signals(-returncode).name}"
    return f"exited with status {returncode}"


class Supervisor(threading.Thread):
    """Runs one unit as systemd would, and brings it back as systemd would.

    The service runs in a session of its own. When its main process ends, whatever is
    left of its process group is killed (systemd kills the unit's cgroup), and it is
    started again after RestartSec if Restart= says so.
    """

    def __init__(self, unit, environment, cwd, log_path, say):
        super().__init__(name=unit.name, daemon=True)
        self.unit = unit
        # EnvironmentFile= (here: the driver's settings) overrides Environment=.
        self.environment = unit.environment | environment
        self.cwd = cwd
        self.log_path = log_path
        self.say = say
        self.process = None
        self.started_at = []  # time.monotonic() of every start; restarts are the later ones
        self.log_offset = 0  # where the current process's output starts in the log
        self._stopping = threading.Event()
        self._lock = threading.Lock()

    @property
    def restarts(self):
        return self.started_at[1:]

    def run(self):
        while self._start():
            returncode = self.process.wait()
            if self.unit.kill_mode not in {"process", "none"}:
                # What is left in the cgroup goes with the main process.
                self._kill_group(self.process.pid, signal.SIGKILL)
            if self._stopping.is_set():
                return
            if not self.unit.restarts_after(returncode):
                self.say(f"{self.unit.name}: main process {describe_exit(returncode)}; stays down")
                return
            self.say(
                f"{self.unit.name}: main process {self.process.pid} {describe_exit(returncode)};"
                f" Restart={self.unit.restart}, starting it again in {self.unit.restart_sec:g}s"
            )
            if self._stopping.wait(self.unit.restart_sec):
                return

    def _start(self):
        with self._lock:
            if self._stopping.is_set():
                return False
            for directory in self.unit.directories:
                directory.mkdir(parents=True, exist_ok=True)
            with open(self.log_path, "ab") as log:
                self.log_offset = log.tell()
                self.process = subprocess.Popen(
                    _expand_variables(self.unit.command, self.environment),
                    cwd=self.unit.working_directory or self.cwd,
                    env=self.environment,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self.started_at.append(time.monotonic())
        if len(self.started_at) > 1:
            self.say(
                f"{self.unit.name}: restarted as pid {self.process.pid}"
                f" (restart {len(self.started_at) - 1})"
            )
        return True

    @staticmethod
    def _kill_group(pgid, sig):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, sig)

    def log(self, since_start=True):
        text = self.log_path.read_bytes()
        return text[self.log_offset if since_start else 0 :].decode(errors="replace")

    def wait_for_output(self, text, timeout):
        """Wait until the current process has logged `text`; False if it did not in time,
        or ended first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log():
                return True
            time.sleep(0.2)
        return False

    def stop(self):
        """As `systemctl stop`: SIGTERM (to the main process alone with KillMode=mixed
        or process), then SIGKILL to whatever is left once it ended or timed out."""
        with self._lock:
            self._stopping.set()
            process = self.process
        if process is not None and process.poll() is None:
            if self.unit.kill_mode in {"mixed", "process"}:
                process.send_signal(signal.SIGTERM)
            else:
                self._kill_group(process.pid, signal.SIGTERM)
            timeout = min(self.unit.stop_timeout, STOP_TIMEOUT_CAP)
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.say(f"{self.unit.name}: did not stop in {timeout:g}s, SIGKILL")
        if process is not None:
            self._kill_group(process.pid, signal.SIGKILL)
        self.join(timeout=10)
