// SPDX-License-Identifier: Apache-2.0
#include <cstdlib>
#include <httplib.h>

int main(int, char **argv) {
    httplib::Server s;
    const int threads = std::atoi(argv[2]);
    s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    s.Get("/authorize", [](const httplib::Request &, httplib::Response &r) {
        r.status = 204;
        r.set_header("X-Cowin-Reason", "ok");
    });
    s.listen("127.0.0.1", std::atoi(argv[1]));
}
