// SPDX-License-Identifier: Apache-2.0
#pragma once

// What cowin-gatewayd decides from: its copy of the keys and the kill-switch as
// gateway.snapshot and gateway.changes give them, and the decision gateway.authorize makes,
// taken on that copy. The database decides everything that does not depend on the call (a
// partner's or key's status, each scope's verdict under the switch in force); the copy adds
// only what does: the address, the expiry, the address's cool-off. The kill-switch reaches the
// copy as what it cuts per sector and scope (gateway.switch_cuts), not as a rule.
#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace cowin::gateway {

using KeyHash = std::array<std::uint8_t, 32>; // SHA-256 of the key as the partner sends it

// SHA-256 of a key as sent, or nothing when it cannot be one (as gateway.authorize: fewer
// than 16 or more than 200 characters).
std::optional<KeyHash> hashOfKey(std::string_view key);

// A client address (IPv4 or IPv6) as X-Real-IP carries it; an IPv4-mapped IPv6 address stays
// IPv6, as in PostgreSQL.
struct ClientAddress {
    int family = 0; // 4 or 6
    std::array<std::uint8_t, 16> bytes{};
    static std::optional<ClientAddress> parse(std::string_view text);
    std::string text() const; // as PostgreSQL's host() writes it
    bool operator==(const ClientAddress &other) const {
        return family == other.family && bytes == other.bytes;
    }
};

// One allowlist entry, "10.20.0.0/16" or "2001:db8::/48".
struct Cidr {
    ClientAddress network;
    int prefix = 0;
    static std::optional<Cidr> parse(std::string_view text);
    bool contains(const ClientAddress &address) const;
};

// Calls and denials of one key since the last report; kept across copies so a change of state
// loses no count.
struct KeyUsage {
    std::atomic<std::uint32_t> calls{0};
    std::atomic<std::uint32_t> denials{0};
};

struct KeyEntry {
    std::string partner;
    std::string sector;
    std::string denial;              // the first denial that does not depend on the call, or empty
    std::int64_t expiresAtMs{};      // Unix milliseconds
    std::vector<std::string> scopes; // known scopes both the key and its partner hold
    std::vector<Cidr> allowlist;
    std::shared_ptr<KeyUsage> usage = std::make_shared<KeyUsage>();
};

struct KeyHashHasher {
    std::size_t operator()(const KeyHash &h) const noexcept {
        std::size_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8) | h[static_cast<std::size_t>(i)];
        return v;
    }
};

class GatewayCopy;

struct Decision {
    bool allowed = false;
    std::string_view reason;                 // points into the copy below or at a literal
    std::string_view partner;                // points into the copy below
    std::shared_ptr<const GatewayCopy> copy; // held while the answer is used
};

// One state of the keys and the switch, read in one snapshot. Never changed once published:
// a new state is a new copy (which shares each key's usage counters with the old one).
class GatewayCopy {
public:
    std::int64_t version = 0;
    std::string cursor; // the feed cursor this copy was read with
    std::int64_t incident = 0;
    std::string incidentLevel = "none";
    int unknownKeysPerMinute = 20;
    int blockMinutes = 15;
    std::unordered_map<KeyHash, KeyEntry, KeyHashHasher> keys;

    // What the switch in force cuts: a sector and a scope, or a sector's scopes unknown here
    // (known = false).
    struct Cut {
        std::string sector;
        std::string scope;
        bool known = true;
        bool cut = false;
    };
    std::vector<Cut> cuts;

    // The scopes whose calls name a person (gateway.subject_scopes): once this copy allows
    // such a call, the database decides it (gateway.authorize_subject), never the copy.
    std::vector<std::string> subjectScopes;
    bool namesPerson(std::string_view scope) const;

    // Addresses the database has cooled off for presenting too many unknown keys (counted by
    // every gateway), with the end of each one's cooling off (Unix milliseconds).
    std::vector<std::pair<ClientAddress, std::int64_t>> cooled;
    bool cooledOff(const ClientAddress &address, std::int64_t nowMs) const;

    // gateway.authorize's decision for a known key (the caller has handled the address's
    // cool-off and unknown keys): the key's own denial, then its expiry, then the switch's cut,
    // then the grants, then the allowlist. nowMs is the database's clock, in Unix milliseconds.
    Decision decide(const KeyEntry &key, std::string_view scope,
                    const std::optional<ClientAddress> &address, std::int64_t nowMs) const;

private:
    bool isCut(const std::string &sector, std::string_view scope) const;
};

} // namespace cowin::gateway
