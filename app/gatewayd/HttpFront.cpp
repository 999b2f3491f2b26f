// SPDX-License-Identifier: Apache-2.0
#include "gatewayd/HttpFront.h"

#include <arpa/inet.h>
#include <charconv>
#include <chrono>
#include <cstring>
#include <microhttpd.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace cowin::gateway {

namespace {

std::string_view header(MHD_Connection *connection, const char *name) {
    const char *value = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, name);
    return value ? std::string_view(value) : std::string_view();
}

MHD_Result answer(MHD_Connection *connection, unsigned status, std::string_view reason,
                  const std::string &body = {}) {
    MHD_Response *response = MHD_create_response_from_buffer(
        body.size(), const_cast<char *>(body.data()), MHD_RESPMEM_MUST_COPY);
    if (!response)
        return MHD_NO;
    if (!reason.empty()) {
        const std::string value(reason);
        MHD_add_response_header(response, "X-Cowin-Reason", value.c_str());
    }
    if (!body.empty())
        MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, "text/plain");
    const MHD_Result queued = MHD_queue_response(connection, status, response);
    MHD_destroy_response(response);
    return queued;
}

MHD_Result onRequest(void *self, MHD_Connection *connection, const char *url, const char *method,
                     const char * /*version*/, const char * /*upload*/, size_t *uploadSize,
                     void **requestState) {
    auto *front = static_cast<HttpFront *>(self);
    // The first call comes with the headers only. An answer queued then would make
    // libmicrohttpd close the connection (the request might still have a body), and nginx's
    // kept-alive connections to this daemon would each serve one call.
    static int headersSeen;
    if (*requestState == nullptr) {
        *requestState = &headersSeen;
        return MHD_YES;
    }
    if (*uploadSize != 0) // a body is never expected: refuse it rather than read it
        return answer(connection, MHD_HTTP_BAD_REQUEST, "bad_request");
    if (std::strcmp(method, "GET") != 0 && std::strcmp(method, "HEAD") != 0)
        return answer(connection, MHD_HTTP_METHOD_NOT_ALLOWED, {});
    const std::string_view path(url);
    // Envoy's ext_authz appends the original path to its path prefix.
    if (path == "/authorize" || path.rfind("/authorize/", 0) == 0) {
        const auto began = std::chrono::steady_clock::now();
        const Decision d = front->gate().decide(
            CallRequest{header(connection, "X-Api-Key"), header(connection, "X-Cowin-Scope"),
                        header(connection, "X-Real-IP"), header(connection, "X-Cowin-Subject")});
        front->gate().times().record(std::chrono::steady_clock::now() - began, d.allowed);
        return answer(connection, d.allowed ? MHD_HTTP_NO_CONTENT : MHD_HTTP_FORBIDDEN, d.reason);
    }
    if (path == "/healthz") {
        const auto copy = front->gate().current();
        if (!copy || !front->gate().fresh())
            return answer(connection, MHD_HTTP_SERVICE_UNAVAILABLE, "stale_state", "stale_state\n");
        return answer(connection, MHD_HTTP_OK, {},
                      "version " + std::to_string(copy->version) + "\n");
    }
    if (path == "/metrics") {
        const auto copy = front->gate().current();
        std::string text = front->gate().times().metrics();
        text += "# TYPE cowin_gatewayd_state_version gauge\ncowin_gatewayd_state_version " +
                std::to_string(copy ? copy->version : 0) + "\n";
        text += "# TYPE cowin_gatewayd_fresh gauge\ncowin_gatewayd_fresh " +
                std::string(front->gate().fresh() ? "1" : "0") + "\n";
        return answer(connection, MHD_HTTP_OK, {}, text);
    }
    return answer(connection, MHD_HTTP_NOT_FOUND, {});
}

// "127.0.0.1:9180" or "[::1]:9180".
bool parseListen(const std::string &listen, sockaddr_storage &out) {
    const std::size_t colon = listen.rfind(':');
    if (colon == std::string::npos)
        return false;
    std::string host = listen.substr(0, colon);
    const std::string port = listen.substr(colon + 1);
    unsigned value = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (error != std::errc() || end != port.data() + port.size() || value == 0 || value > 65535)
        return false;
    std::memset(&out, 0, sizeof out);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&out);
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(static_cast<uint16_t>(value));
        return inet_pton(AF_INET6, host.substr(1, host.size() - 2).c_str(), &v6->sin6_addr) == 1;
    }
    auto *v4 = reinterpret_cast<sockaddr_in *>(&out);
    v4->sin_family = AF_INET;
    v4->sin_port = htons(static_cast<uint16_t>(value));
    return inet_pton(AF_INET, host.c_str(), &v4->sin_addr) == 1;
}

} // namespace

// A listening socket file at path, replacing a stale one; -1 and what went wrong when not.
int listenOnSocketFile(const std::string &path, std::string &problem) {
    sockaddr_un address{};
    if (path.empty() || path.size() >= sizeof address.sun_path) {
        problem = "unix: takes a socket file path of at most 107 bytes";
        return -1;
    }
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, path.data(), path.size());
    struct stat existing {};
    if (::lstat(path.c_str(), &existing) == 0) {
        if (!S_ISSOCK(existing.st_mode)) {
            problem = path + " exists and is not a socket";
            return -1;
        }
        ::unlink(path.c_str());
    }
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::listen(fd, 1024) != 0) {
        problem = "cannot listen on " + path;
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    // The proxy's workers run as their own user; who may reach the socket is the folder's
    // permission to give.
    ::chmod(path.c_str(), 0666);
    return fd;
}

HttpFront::~HttpFront() {
    stop();
}

std::string HttpFront::start(const std::string &listen, unsigned threads) {
    const unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_TURBO;
    MHD_Daemon *daemon = nullptr;
    if (listen.rfind("unix:", 0) == 0) {
        const std::string path = listen.substr(5);
        std::string problem;
        const int fd = listenOnSocketFile(path, problem);
        if (fd < 0)
            return problem;
        daemon = MHD_start_daemon(flags, 0, nullptr, nullptr, &onRequest, this,
                                  MHD_OPTION_LISTEN_SOCKET, fd, MHD_OPTION_THREAD_POOL_SIZE,
                                  threads, MHD_OPTION_CONNECTION_TIMEOUT, 30u,
                                  MHD_OPTION_CONNECTION_LIMIT, 4096u, MHD_OPTION_END);
        if (!daemon) {
            ::close(fd);
            return "cannot serve on " + path;
        }
        m_socketFiles.push_back(path);
    } else {
        sockaddr_storage address{};
        if (!parseListen(listen, address))
            return "--listen takes ADDRESS:PORT (127.0.0.1:9180, [::1]:9180) or unix:PATH";
        daemon = MHD_start_daemon(
            flags | (address.ss_family == AF_INET6 ? static_cast<unsigned>(MHD_USE_IPv6) : 0u), 0,
            nullptr, nullptr, &onRequest, this, MHD_OPTION_SOCK_ADDR,
            reinterpret_cast<sockaddr *>(&address), MHD_OPTION_THREAD_POOL_SIZE, threads,
            MHD_OPTION_CONNECTION_TIMEOUT, 30u, MHD_OPTION_CONNECTION_LIMIT, 4096u, MHD_OPTION_END);
        if (!daemon)
            return "cannot listen on " + listen + " (in use, or not an address of this machine)";
    }
    m_daemons.push_back(daemon);
    return {};
}

void HttpFront::stop() {
    for (MHD_Daemon *d : m_daemons)
        MHD_stop_daemon(d);
    m_daemons.clear();
    for (const std::string &path : m_socketFiles)
        ::unlink(path.c_str());
    m_socketFiles.clear();
}

} // namespace cowin::gateway
