"""The gateway as a running service: life cycle, signals, metrics, health and reload.

`Gateway` owns the parts and is the only one that knows them all; calls go one way:

    Gateway ──> GatewaySMTP (gateway.protocol, one per connection)
       │            └─ aiosmtpd calls the hooks of ─> Handler (gateway.handler)
       │                                                 └─ hands each message to ─> Pipeline
       └──> Pipeline (gateway.pipeline) ──> EnginePool, Store, Upstream, Metrics

- `start()` opens the store, starts and warms up the engine workers, binds the SMTP
  socket (and the metrics listener, gateway.metrics), and starts the retention task:
  every `[retention] interval` seconds (the first time right away) the store's expired
  rows are deleted in batches, beside the mail, never in its way (`expire_once`); and
  the delivery task (gateway.retry): the retry queue, and reports a crash left owed;
- `reload(load)` swaps in a new configuration and policy without closing any session (a
  file that does not load is refused and the old one stays);
- `stop()` drains: it stops listening, says 421 to idle sessions, lets transactions in
  progress finish within `limits.shutdown_grace`, then closes what is left;
- `run(load)` is `bsm-gateway serve`: start, then SIGHUP reloads, SIGTERM/SIGINT drain
  (a second one cuts the drain short), with systemd told each step (gateway.health).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import ssl
import time
from collections.abc import Callable
from datetime import UTC, datetime

from gateway import logs
from gateway.config import (
    GatewayConfig,
    check_reload,
    describe,
    keep_restart_only,
    load_profile_policies,
    own_policies,
    restart_only_changes,
    validate,
)
from gateway.engine_pool import Budget, EnginePool, freeze_heap
from gateway.handler import Handler
from gateway.health import StoreProbe, UpstreamProbe, sd_notify
from gateway.logs import get_logger
from gateway.metrics import Metrics, MetricsServer
from gateway.pipeline import Pipeline
from gateway.protocol import GatewaySMTP, Sessions
from gateway.relay import Upstream, UpstreamError, upstream_from_url
from gateway.retry import Deliverer, instance_id
from gateway.spool import clean_leftovers, spool_dir
from gateway.store import Expired, Store, StoreError
from policies import Policy

Loader = Callable[[], tuple[GatewayConfig, Policy]]
# aiosmtpd's per-session budgets for commands that cost the gateway something.
COMMAND_CALL_LIMIT = {"AUTH": 5, "STARTTLS": 3, "EHLO": 20, "HELO": 20, "*": 10000}


class StartupError(Exception):
    """The gateway could not start (cannot listen, store or engine unusable)."""


def tls_context(config: GatewayConfig) -> ssl.SSLContext | None:
    if config.tls_cert is None or config.tls_key is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(config.tls_cert, config.tls_key)
    return ctx


class Gateway:
    """`await start()`, `await stop()`. `store` and `upstream` may be given (tests);
    otherwise they are opened from the config and closed by `stop()`."""

    def __init__(
        self,
        config: GatewayConfig,
        policy: Policy,
        *,
        store: Store | None = None,
        upstream: Upstream | None = None,
    ) -> None:
        self.config = config
        self.policy = policy
        lim = config.limits
        self.metrics = Metrics()
        if any(p.policy is None for p in config.profiles.values()):
            load_profile_policies(config, policy)  # a config not from load_files (tests)
        self.engine = EnginePool(
            policy,
            lim.engine_workers,
            lim.engine_mode,
            Budget(lim.engine_cpu_seconds, lim.engine_memory_mb),
            profiles=own_policies(config),
        )
        self.sessions = Sessions(
            lim.max_sessions,
            lim.max_sessions_per_client,
            self.metrics,
            lim.max_inflight_mb * 1024 * 1024,
            lim.busy_idle_timeout,
        )
        self.store = store
        self._owns_store = store is None
        self._owns_upstream = upstream is None
        self.upstream = upstream or upstream_from_url(
            config.upstream,
            local_hostname=config.hostname,
            max_connections=lim.max_upstream_connections,
            connect_timeout=lim.upstream_connect_timeout,
            timeout=lim.upstream_timeout,
            ca_file=config.upstream_tls.ca,
            fingerprints=config.upstream_tls.fingerprint,
        )
        self.pipeline: Pipeline | None = None  # from start() on
        self.handler: Handler | None = None
        self.metrics_server: MetricsServer | None = None
        self.port = config.listen_port
        self.draining = False
        self._hurry = asyncio.Event()
        self._server: asyncio.Server | None = None
        self._tls: ssl.SSLContext | None = None
        self._store_probe = StoreProbe()
        self._upstream_probe = UpstreamProbe()
        self._retention: asyncio.Task[None] | None = None
        self._digest: asyncio.Task[None] | None = None
        self.owner = instance_id()  # this process in the store (gateway.retry)
        self.deliverer: Deliverer | None = None
        self.metrics.sessions.set_function(lambda: self.sessions.total)
        self.metrics.inflight_bytes.set_function(lambda: self.sessions.inflight)
        self.metrics.in_flight.set_function(lambda: len(self.jobs))
        self.metrics.auth_locked.set_function(
            lambda: self.handler.throttle.locked() if self.handler is not None else 0
        )

    @property
    def jobs(self) -> set[asyncio.Task[str]]:
        """Transactions past the final "." whose reply is not decided yet."""
        return self.pipeline.jobs if self.pipeline is not None else set()

    @property
    def metrics_port(self) -> int | None:
        return self.metrics_server.port if self.metrics_server is not None else None

    # -- life cycle ----------------------------------------------------------------------

    async def start(self) -> None:
        cfg = self.config
        try:
            self._tls = tls_context(cfg)
            if self.store is None:
                self.store = await Store.open(cfg.store)
            leftovers = clean_leftovers()
            if leftovers:
                get_logger().warning("spool.cleaned", files=leftovers, directory=str(spool_dir()))
            # Workers start and warm up (word lists, dictionaries) before the first message.
            await self.engine.start()
            self.pipeline = Pipeline(
                cfg,
                self.policy,
                engine=self.engine,
                store=self.store,
                upstream=self.upstream,
                metrics=self.metrics,
                owner=self.owner,
            )
            self.deliverer = Deliverer(
                cfg,
                self.policy,
                store=self.store,
                upstream=self.upstream,
                metrics=self.metrics,
                owner=self.owner,
            )
            self.handler = Handler(cfg, self.policy, self.pipeline)
            self._server = await asyncio.get_running_loop().create_server(
                self._protocol,
                host=cfg.listen_host or None,
                port=cfg.listen_port,
                reuse_address=True,
            )
            sockets = self._server.sockets
            if sockets:
                self.port = int(sockets[0].getsockname()[1])
            if cfg.metrics.enabled:
                self.metrics_server = MetricsServer(
                    self.metrics,
                    self.readiness,
                    self.refresh_metrics,
                    cfg.metrics.host,
                    cfg.metrics.port,
                )
                await self.metrics_server.start()
            self._retention = asyncio.get_running_loop().create_task(
                self._expire_forever(), name="retention"
            )
            self._digest = asyncio.get_running_loop().create_task(
                self._digest_forever(), name="digest"
            )
            self.deliverer.start()
        except BaseException:
            if self._server is not None:
                self._server.close()
            await self._close_resources()
            raise

    def _protocol(self) -> GatewaySMTP:
        """One aiosmtpd protocol per connection, with the settings in force now."""
        cfg = self.config
        assert self.handler is not None
        return GatewaySMTP(
            self.handler,
            self.sessions,
            data_size_limit=self.policy.max_message_bytes,
            hostname=cfg.hostname,
            tls_context=self._tls,
            require_starttls=cfg.require_tls,
            timeout=cfg.limits.session_timeout,
            auth_required=cfg.auth_enabled,
            auth_require_tls=self._tls is not None,
            command_call_limit=COMMAND_CALL_LIMIT,
            enable_SMTPUTF8=True,
            trusted_proxies=cfg.trusted_proxies,
            proxy_timeout=cfg.limits.proxy_timeout,
            idle_timeout=cfg.limits.idle_timeout,
            max_session_time=cfg.limits.max_session_time,
            spool_threshold=cfg.limits.spool_threshold_kb * 1024,
            loop=asyncio.get_running_loop(),
        )

    def hurry(self) -> None:
        """Cut a drain short (a second SIGTERM): close what is left now."""
        self._hurry.set()

    async def stop(self) -> None:
        """Drain, then close: stop listening (new connections are refused), answer 421 to
        sessions between transactions, let transactions in progress (from MAIL to the
        reply after ".") finish within `limits.shutdown_grace` seconds, closing each
        session as soon as its transaction is done; then close what is left."""
        self.draining = True
        if self.handler is not None:
            self.handler.draining = True  # a MAIL from now on gets 421
        self.metrics.draining.set(1)
        if self._server is not None:
            self._server.close()
        loop = asyncio.get_running_loop()
        grace = self.config.limits.shutdown_grace
        deadline = loop.time() + grace
        bye = f"{self.config.hostname} Service shutting down, try again later"
        busy: list[GatewaySMTP] = []
        while True:
            for session in list(self.sessions.live):
                if not session.in_transaction:
                    session.goodbye(bye)
            busy = [s for s in self.sessions.live if s.in_transaction and s.transport is not None]
            if (not busy and not self.jobs) or self._hurry.is_set() or loop.time() >= deadline:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._hurry.wait(), 0.05)
        if busy or self.jobs:
            get_logger().warning(
                "shutdown.cut",
                note=f"transactions still in progress after the {grace:g} s grace period "
                "were cut; their clients got no reply and will retry",
                sessions=len(busy),
                refs=sorted(job.get_name() for job in self.jobs),
            )
        for session in list(self.sessions.live):
            session.goodbye(bye)
        jobs = list(self.jobs)
        for job in jobs:
            job.cancel()
        if jobs:
            await asyncio.wait(jobs, timeout=2.0)
        if self.deliverer is not None:
            left = 0.0 if self._hurry.is_set() else max(deadline - loop.time(), 1.0)
            await self.deliverer.stop(left)
        for task in (self._retention, self._digest):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self._server is not None:
            await self._server.wait_closed()
        if self.metrics_server is not None:
            await self.metrics_server.stop()
        await self._store_probe.close()
        await self._upstream_probe.close()
        await self._close_resources()

    async def _close_resources(self) -> None:
        if self._owns_upstream:
            await self.upstream.close()
        if self.store is not None and self._owns_store:
            await self.store.close()
        self.engine.close()

    # -- retention ----------------------------------------------------------------------------

    async def expire_once(self) -> Expired | None:
        """Delete what `[retention]` says is too old (event `expired` with the counts).
        A store error is logged (`expired.failed`) and None returned: the next run tries
        again. Each batch is its own short transaction, so mail goes on meanwhile."""
        if self.store is None:
            return None
        ret = self.config.retention
        t0 = time.perf_counter()
        try:
            done = await self.store.expire(
                quarantine_retention=ret.quarantine, review_retention=ret.reviews, batch=ret.batch
            )
        except Exception as exc:  # never let the task die: the next run tries again
            get_logger().error(
                "expired.failed",
                error=str(exc) or type(exc).__name__,
                store_error=isinstance(exc, StoreError),
                retry_in=ret.interval,
            )
            return None
        get_logger().info(
            "expired",
            quarantine=done.quarantine,
            reviews=done.reviews,
            quarantine_days=ret.quarantine_days,
            review_days=ret.review_days,
            duration_ms=round((time.perf_counter() - t0) * 1000, 1),
        )
        return done

    async def _expire_forever(self) -> None:
        while True:
            await self.expire_once()
            await asyncio.sleep(self.config.retention.interval)  # a reload applies next time

    # -- monitor digest ------------------------------------------------------------------------

    async def send_digest(self) -> bool:
        """Mail what monitor mode saw since the last digest to `[monitor] digest_to`
        (through the upstream, from the null sender) and start a new period. False, and
        event `digest.failed`, if it is not set or the upstream did not take it: the
        counts then stay for the next digest."""
        to = self.config.monitor.digest_to
        if self.pipeline is None or to is None:
            return False
        done = self.pipeline.digest.take()
        data = done.message(self.config.hostname, to)
        log = get_logger()
        try:
            result = await self.upstream.send("", [to], data)
            if not result.complete:
                raise UpstreamError(550, "5.0.0", f"refused: {result.refused}")
        except (UpstreamError, OSError) as exc:
            self.pipeline.digest.put_back(done)
            log.error("digest.failed", to=to, error=str(exc), messages=done.total)
            return False
        log.info(
            "digest.sent",
            to=to,
            messages=done.total,
            verdicts=dict(done.verdicts),
            since=done.since.isoformat(timespec="seconds"),
        )
        return True

    async def _digest_forever(self) -> None:
        while True:
            await asyncio.sleep(self.config.monitor.digest_interval)  # a reload applies next
            pending = self.pipeline is not None and self.pipeline.digest.total > 0
            if self.config.monitor.digest_to is not None and (
                self.config.mode == "monitor" or pending
            ):
                await self.send_digest()

    # -- reload ----------------------------------------------------------------------------

    async def reload(self, load: Loader) -> bool:
        """Load the configuration and policy again (`load` runs in a thread) and apply
        them without closing any session: new sessions get the new settings, every
        message checked from now on the new policy. If anything fails to load, or the
        file leaves out a setting or table the running one set (`check_reload`), nothing
        changes (event `reload.failed`). Settings that need a restart (listen, store,
        upstream, …) keep their running values and are named in the `reload` event."""
        outputs: logs.Outputs | None = None
        try:
            config, policy = await asyncio.to_thread(load)
            check_reload(self.config, config)  # an empty or cut-off file changes nothing
            if any(p.policy is None for p in config.profiles.values()):
                await asyncio.to_thread(load_profile_policies, config, policy)
            restart = restart_only_changes(self.config, config)
            keep_restart_only(self.config, config)
            # e.g. a file that drops [auth.users] and moves `listen` to loopback must not
            # leave the running public listener without AUTH.
            validate(config)
            tls = tls_context(config)
            # Opened again on every reload: a log file moved away by logrotate, or one
            # whose setting changed, takes the lines from now on.
            outputs = await asyncio.to_thread(
                logs.Outputs, config.log_file, config.log_syslog, config.log_syslog_facility
            )
            await self.engine.replace_policy(policy, own_policies(config))
        except Exception as exc:
            if outputs is not None:
                outputs.close()
            self.metrics.reloads.labels("failed").inc()
            get_logger().error(
                "reload.failed",
                error=str(exc) or type(exc).__name__,
                kept=self.config.source,
                policy_kept=self.policy.source,
            )
            return False
        logs.set_outputs(outputs)
        if config.log_level != self.config.log_level:
            logs.set_level(config.log_level)
        self.config, self.policy, self._tls = config, policy, tls
        self.sessions.max_total = config.limits.max_sessions
        self.sessions.max_per_client = config.limits.max_sessions_per_client
        self.sessions.max_inflight = config.limits.max_inflight_mb * 1024 * 1024
        self.sessions.busy_idle_timeout = config.limits.busy_idle_timeout
        if self.handler is not None and self.pipeline is not None:
            self.handler.configure(config, policy)
            self.pipeline.configure(config, policy)
        if self.deliverer is not None:
            self.deliverer.configure(config, policy)
        self.metrics.reloads.labels("ok").inc()
        log = get_logger()
        log.info(
            "reload",
            source=config.source,
            policy=policy.source,
            restart_needed=restart,
            sessions=self.sessions.total,
        )
        if restart:
            log.warning(
                "reload.restart_needed",
                settings=restart,
                note="these settings keep their running values until a restart",
            )
        return True

    # -- health and metrics ----------------------------------------------------------------

    async def readiness(self) -> tuple[bool, dict[str, str]]:
        """(ready, {check: state}) for /readyz: the store takes a write and the upstream
        takes a connection the way mail makes it (TLS and certificate check included),
        each within `[metrics] ready_timeout`; never ready while draining."""
        if self.draining:
            return False, {"gateway": "draining (shutting down)"}
        settings = self.config.metrics
        store, upstream = await asyncio.gather(
            self._store_probe(self.store, settings.ready_timeout),
            self._upstream_probe(self.upstream, settings.ready_timeout, settings.ready_cache),
        )
        checks = {"store": store, "upstream": upstream}
        return all(v.startswith("ok") for v in checks.values()), checks

    async def refresh_metrics(self) -> None:
        """Gauges read at scrape time: the quarantine may change from another process
        (`bsm-gateway quarantine release|delete`)."""
        if self.store is None:
            return
        try:
            async with asyncio.timeout(1.0):
                held = await self.store.quarantine_count()
                queue = await self.store.retry_stats()
        except (StoreError, TimeoutError):
            return  # keep the last value; /readyz says what is wrong with the store
        self.metrics.quarantine.set(held)
        self.metrics.queue_messages.set(queue.messages)
        self.metrics.queue_recipients.set(queue.recipients)
        oldest = 0.0
        if queue.oldest is not None:
            since = datetime.now(UTC) - datetime.fromisoformat(queue.oldest)
            oldest = max(since.total_seconds(), 0.0)
        self.metrics.queue_oldest.set(oldest)

    # -- bsm-gateway serve -------------------------------------------------------------------

    async def run(self, load: Loader) -> None:
        """Serve until SIGTERM or SIGINT, then drain. SIGHUP reloads (`load`). systemd is
        told READY, RELOADING and STOPPING (sd_notify). Raises StartupError if the gateway
        cannot start."""
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()
        started = False
        reloading: list[asyncio.Task[None]] = []

        def on_stop() -> None:
            if stop.is_set():
                self.hurry()  # a second SIGTERM/SIGINT: stop waiting for in-flight mail
            stop.set()

        async def reload() -> None:
            sd_notify("RELOADING=1", f"MONOTONIC_USEC={time.monotonic_ns() // 1000}")
            ok = await self.reload(load)
            status = (
                "STATUS=Configuration reloaded"
                if ok
                else "STATUS=Reload failed, the previous configuration stays (see the log)"
            )
            sd_notify("READY=1", status)

        def on_hup() -> None:
            if not started or stop.is_set():
                return
            if reloading and not reloading[-1].done():
                get_logger().info("reload.skipped", note="a reload is already running")
                return
            reloading[:] = [loop.create_task(reload())]

        digests: set[asyncio.Task[bool]] = set()

        def on_usr1() -> None:
            """Send the monitor digest now (`systemctl kill -s USR1 bsm-gateway`)."""
            if started and not stop.is_set():
                task = loop.create_task(self.send_digest())
                digests.add(task)
                task.add_done_callback(digests.discard)

        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, on_stop)
        loop.add_signal_handler(signal.SIGHUP, on_hup)
        loop.add_signal_handler(signal.SIGUSR1, on_usr1)
        cfg = self.config
        try:
            await self.start()
        except OSError as exc:
            raise StartupError(f"cannot listen on {cfg.listen}: {exc.strerror or exc}") from exc
        except Exception as exc:  # store, engine or TLS set-up
            raise StartupError(f"cannot start: {exc}") from exc
        started = True
        # What start-up loaded (modules, the policy, compiled patterns) stays for the
        # process's life; out of the collector's sight, its full passes stay short.
        freeze_heap()
        listen = f"{cfg.listen_host}:{self.port}"
        metrics = cfg.metrics.listen and f"{cfg.metrics.host}:{self.metrics_port}"
        get_logger().info(
            "startup",
            **{**describe(cfg), "listen": listen},
            metrics_listen=metrics,
            upstream_kind=self.upstream.describe(),
        )
        sd_notify(
            "READY=1",
            f"MAINPID={os.getpid()}",
            f"STATUS=Listening on {listen}" + (f", metrics on {metrics}" if metrics else ""),
        )
        await stop.wait()
        grace = self.config.limits.shutdown_grace
        sd_notify("STOPPING=1", f"STATUS=Draining (at most {grace:g} s)")
        get_logger().info(
            "shutdown.draining", in_flight=len(self.jobs), sessions=self.sessions.total, grace=grace
        )
        for task in reloading:
            task.cancel()
        t0 = time.perf_counter()
        await self.stop()
        get_logger().info("shutdown", drain_ms=round((time.perf_counter() - t0) * 1000, 1))
