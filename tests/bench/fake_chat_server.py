#!/usr/bin/env python3
"""A local OpenAI-compatible chat-completions server for measuring `specc eval` throughput.

Every answer takes a fixed think time (--latency-ms), as a model would; the grader (a model
whose name starts with "grader") returns a valid grade. Streaming and plain answers both work.

    python3 tests/bench/fake_chat_server.py --port 8765 --latency-ms 100
    specc eval --trust --endpoint http://127.0.0.1:8765/v1 --target t --grader grader \
               --jobs 8 --fresh --new spec.md
"""
import argparse
import json
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_handler(latency):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            time.sleep(latency)
            model = body.get("model", "")
            if model.startswith("grader"):
                text = json.dumps({"score": 0.9, "pass": True, "reason": "complies",
                                   "violated_section": None})
            else:
                text = "A careful answer to: " + body["messages"][-1]["content"][:60]
            usage = {"prompt_tokens": 50, "completion_tokens": 10}
            if body.get("stream"):
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                chunk = {"choices": [{"index": 0, "delta": {"content": text},
                                      "finish_reason": "stop"}], "usage": usage}
                self.wfile.write(b"data: " + json.dumps(chunk).encode() + b"\n\ndata: [DONE]\n\n")
                self.close_connection = True
                return
            payload = json.dumps({"choices": [{"index": 0, "finish_reason": "stop",
                                               "message": {"role": "assistant", "content": text}}],
                                  "usage": usage}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

    return Handler


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency-ms", type=int, default=100)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args.latency_ms / 1000))
    server.serve_forever()


if __name__ == "__main__":
    main()
