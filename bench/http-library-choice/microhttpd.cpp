// SPDX-License-Identifier: Apache-2.0
// The same answer from each candidate library: GET /authorize -> 204 with X-Cowin-Reason.
#include <csignal>
#include <cstdlib>
#include <microhttpd.h>
#include <unistd.h>

static MHD_Result onRequest(void *, MHD_Connection *c, const char *, const char *, const char *,
                            const char *, size_t *, void **state) {
    static int seen;
    if (*state == nullptr) {
        *state = &seen;
        return MHD_YES;
    }
    MHD_Response *r = MHD_create_response_from_buffer(0, nullptr, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(r, "X-Cowin-Reason", "ok");
    const MHD_Result q = MHD_queue_response(c, 204, r);
    MHD_destroy_response(r);
    return q;
}

int main(int, char **argv) {
    MHD_Daemon *d = MHD_start_daemon(MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_TURBO,
                                     static_cast<uint16_t>(std::atoi(argv[1])), nullptr, nullptr,
                                     &onRequest, nullptr, MHD_OPTION_THREAD_POOL_SIZE,
                                     static_cast<unsigned>(std::atoi(argv[2])), MHD_OPTION_END);
    if (!d)
        return 1;
    pause();
}
