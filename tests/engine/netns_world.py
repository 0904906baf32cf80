"""A small isolated world for one check, run inside a private network namespace
(``unshare -n -m``): loopback, optionally a default route that leads nowhere, a real DNS
server on 127.0.0.1:53 and the simulator serving ``invoice.test``. Nothing leaves the
namespace. Prints the check's JSON report.

    python -m tests.engine.netns_world MODE DATA_DIR

MODE: offline | dns-answer | dns-nxdomain | dns-hang | dns-slow
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from dnslib import QTYPE, RCODE, RR, A, DNSRecord

from invoice_tray.engine.runner import run_check_sync
from invoice_tray.engine.settings import CheckSettings
from invoice_tray.simulator.server import Simulator

NAME = "invoice.test"


def sh(*args: str) -> None:
    subprocess.run(args, check=True)


def serve_dns(mode: str, ready: threading.Event) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 53))
    ready.set()
    while True:
        data, peer = sock.recvfrom(4096)
        if mode == "dns-hang":
            continue
        query = DNSRecord.parse(data)
        reply = query.reply()
        if mode == "dns-nxdomain":
            reply.header.rcode = RCODE.NXDOMAIN
        elif query.q.qtype == QTYPE.A and str(query.q.qname).rstrip(".") == NAME:
            reply.add_answer(RR(query.q.qname, QTYPE.A, rdata=A("127.0.0.1"), ttl=60))
        if mode == "dns-slow":
            time.sleep(0.3)
        sock.sendto(reply.pack(), peer)


def main() -> None:
    mode, data_dir = sys.argv[1], Path(sys.argv[2])
    sh("ip", "link", "set", "lo", "up")
    resolv = Path(tempfile.mkdtemp()) / "resolv.conf"
    if mode == "offline":
        resolv.write_text("nameserver 192.0.2.53\n")
    else:
        # A default route into a veth pair inside this namespace: "online", yet isolated.
        sh("ip", "link", "add", "itv0", "type", "veth", "peer", "name", "itv1")
        sh("ip", "addr", "add", "192.0.2.10/24", "dev", "itv0")
        sh("ip", "link", "set", "itv0", "up")
        sh("ip", "link", "set", "itv1", "up")
        sh("ip", "route", "add", "default", "via", "192.0.2.1")
        resolv.write_text("nameserver 127.0.0.1\noptions timeout:30 attempts:1\n")
        ready = threading.Event()
        threading.Thread(target=serve_dns, args=(mode, ready), daemon=True).start()
        ready.wait(5)
    sh("mount", "--bind", str(resolv), "/etc/resolv.conf")
    with Simulator(data_dir, names=(NAME, "localhost", "127.0.0.1")) as sim:
        url = f"https://{NAME}:{sim.port}"
        report = run_check_sync(
            CheckSettings(server_url=url, ca_file=sim.ca_path, timeout_s=2.0, token="t")
        )
    print(json.dumps(report.to_json()))


if __name__ == "__main__":
    main()
