/*
 * The cheapest possible Lambda runtime client, for the bench's relay floor: connects to AWS_LAMBDA_RUNTIME_API
 * (host:port) over TCP, asks for an event (GET .../invocation/next), and for each event posts its body back as
 * the answer, pipelined with the next GET in one write; reads the 202 of each answer. No JSON, no allocation.
 */
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define NEXT "GET /2018-06-01/runtime/invocation/next HTTP/1.1\r\nHost: runtime\r\n\r\n"

static char in[65536];
static size_t start, end; /* unread bytes are in[start, end) */
static int sock;

/* Reads one response; sets *body, *body_length and copies the request id (if any) into id. 0 at EOF. */
static int read_response(const char **body, size_t *body_length, char *id, size_t id_size) {
    char *head_end;
    for (;;) {
        in[end] = '\0';
        head_end = strstr(in + start, "\r\n\r\n");
        if (head_end) break;
        if (start > 0) { memmove(in, in + start, end - start); end -= start; start = 0; }
        if (end >= sizeof(in) - 1) return 0;
        ssize_t n = read(sock, in + end, sizeof(in) - 1 - end);
        if (n <= 0) return 0;
        end += (size_t) n;
    }
    size_t length = 0;
    id[0] = '\0';
    for (char *line = strstr(in + start, "\r\n") + 2; line < head_end; line = strstr(line, "\r\n") + 2) {
        if (strncasecmp(line, "Content-Length:", 15) == 0) {
            length = strtoul(line + 15, NULL, 10);
        } else if (strncasecmp(line, "Lambda-Runtime-Aws-Request-Id:", 30) == 0) {
            const char *value = line + 30;
            while (*value == ' ') value++;
            size_t n = strcspn(value, "\r");
            if (n >= id_size) n = id_size - 1;
            memcpy(id, value, n);
            id[n] = '\0';
        }
    }
    size_t body_start = (size_t) (head_end + 4 - in);
    while (end < body_start + length) {
        if (start > 0) {
            memmove(in, in + start, end - start);
            end -= start; body_start -= start; start = 0;
        }
        if (end >= sizeof(in) - 1) return 0;
        ssize_t n = read(sock, in + end, sizeof(in) - 1 - end);
        if (n <= 0) return 0;
        end += (size_t) n;
    }
    *body = in + body_start;
    *body_length = length;
    start = body_start + length;
    return 1;
}

static int write_all(const char *data, size_t length) {
    while (length > 0) {
        ssize_t n = write(sock, data, length);
        if (n <= 0) return 0;
        data += n;
        length -= (size_t) n;
    }
    return 1;
}

int main(void) {
    const char *api = getenv("AWS_LAMBDA_RUNTIME_API");
    if (!api) return 2;
    char host[64];
    const char *colon = strchr(api, ':');
    if (!colon || (size_t) (colon - api) >= sizeof(host)) return 2;
    memcpy(host, api, (size_t) (colon - api));
    host[colon - api] = '\0';
    struct sockaddr_in address = {0};
    address.sin_family = AF_INET;
    address.sin_port = htons((unsigned short) atoi(colon + 1));
    if (inet_pton(AF_INET, host, &address.sin_addr) != 1) return 2;
    sock = socket(AF_INET, SOCK_STREAM, 0);
    int one = 1;
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    if (connect(sock, (struct sockaddr *) &address, sizeof(address)) != 0) return 3;
    if (!write_all(NEXT, sizeof(NEXT) - 1)) return 3;
    static char out[65536 + 512];
    char id[128];
    const char *body;
    size_t length;
    for (;;) {
        if (!read_response(&body, &length, id, sizeof(id))) return 0;      /* the event */
        if (length > 65536) return 4;
        /* handler: return the event */
        int head = snprintf(out, 512, "POST /2018-06-01/runtime/invocation/%s/response HTTP/1.1\r\n"
                "Host: runtime\r\nContent-Length: %zu\r\n\r\n", id, length);
        memcpy(out + head, body, length);
        memcpy(out + head + length, NEXT, sizeof(NEXT) - 1);
        if (!write_all(out, (size_t) head + length + sizeof(NEXT) - 1)) return 0;
        char ignored[128];
        if (!read_response(&body, &length, ignored, sizeof(ignored))) return 0;  /* the 202 */
    }
}
