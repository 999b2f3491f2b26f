// SPDX-License-Identifier: Apache-2.0
#include <boost/asio.hpp>
#include <boost/beast.hpp>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
    explicit Session(tcp::socket s)
        : m_stream(std::move(s)) {}
    void read() {
        m_request = {};
        http::async_read(m_stream, m_buffer, m_request,
                         [self = shared_from_this()](beast::error_code e, std::size_t) {
                             if (!e)
                                 self->answer();
                         });
    }

private:
    void answer() {
        m_response = {};
        m_response.version(m_request.version());
        m_response.keep_alive(m_request.keep_alive());
        m_response.result(http::status::no_content);
        m_response.set("X-Cowin-Reason", "ok");
        m_response.prepare_payload();
        http::async_write(m_stream, m_response,
                          [self = shared_from_this()](beast::error_code e, std::size_t) {
                              if (!e && self->m_request.keep_alive())
                                  self->read();
                          });
    }
    beast::tcp_stream m_stream;
    beast::flat_buffer m_buffer;
    http::request<http::empty_body> m_request;
    http::response<http::empty_body> m_response;
};

void accept(tcp::acceptor &a) {
    a.async_accept([&a](beast::error_code e, tcp::socket s) {
        if (!e)
            std::make_shared<Session>(std::move(s))->read();
        accept(a);
    });
}

int main(int, char **argv) {
    const int threads = std::atoi(argv[2]);
    boost::asio::io_context io(threads);
    tcp::acceptor a(io, {boost::asio::ip::make_address("127.0.0.1"),
                         static_cast<unsigned short>(std::atoi(argv[1]))});
    accept(a);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back([&io] { io.run(); });
    io.run();
}
