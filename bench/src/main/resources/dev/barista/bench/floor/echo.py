"""The cheapest python Lambda runtime client, for the bench's relay floor: a raw socket to AWS_LAMBDA_RUNTIME_API,
GET .../invocation/next, and for each event the handler's answer (the event itself) posted back, pipelined with the
next GET in one sendall; the 202 of each answer is read and dropped. No http.client, no JSON."""
import os
import socket

NEXT = b"GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: runtime\r\n\r\n"


def handler(event):
    return event


def main():
    host, port = os.environ["AWS_LAMBDA_RUNTIME_API"].rsplit(":", 1)
    sock = socket.create_connection((host, int(port)))
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    recv = sock.recv
    buffered = b""

    def read_response():
        nonlocal buffered
        end = buffered.find(b"\r\n\r\n")
        while end < 0:
            chunk = recv(65536)
            if not chunk:
                raise SystemExit(0)
            buffered += chunk
            end = buffered.find(b"\r\n\r\n")
        length = 0
        request_id = b""
        for line in buffered[:end].split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            name = name.lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"lambda-runtime-aws-request-id":
                request_id = value.strip()
        start = end + 4
        while len(buffered) < start + length:
            chunk = recv(65536)
            if not chunk:
                raise SystemExit(0)
            buffered += chunk
        body = buffered[start:start + length]
        buffered = buffered[start + length:]
        return request_id, body

    sock.sendall(NEXT)
    while True:
        request_id, event = read_response()
        answer = handler(event)
        sock.sendall(b"POST /2018-06-01/runtime/invocation/" + request_id + b"/response HTTP/1.1\r\nHost: runtime\r\n"
                     b"Content-Length: " + str(len(answer)).encode() + b"\r\n\r\n" + answer + NEXT)
        read_response()


main()
