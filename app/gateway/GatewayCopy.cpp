// SPDX-License-Identifier: Apache-2.0
#include "gateway/GatewayCopy.h"

#include "auth/SecureRandom.h"

#include <algorithm>

#include <arpa/inet.h>
#include <charconv>
#include <cstring>

namespace cowin::gateway {

std::optional<KeyHash> hashOfKey(std::string_view key) {
    // PostgreSQL's length() counts characters: count UTF-8 lead bytes the same way.
    std::size_t characters = 0;
    for (char c : key)
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (characters < 16 || characters > 200)
        return std::nullopt;
    KeyHash hash{};
    static_assert(sizeof(KeyHash) == 32);
    auth::sha256Into({key}, hash.data());
    return hash;
}

std::optional<ClientAddress> ClientAddress::parse(std::string_view text) {
    if (text.empty() || text.size() > 45)
        return std::nullopt;
    char buffer[46] = {};
    std::memcpy(buffer, text.data(), text.size());
    ClientAddress a;
    if (inet_pton(AF_INET, buffer, a.bytes.data()) == 1) {
        a.family = 4;
        return a;
    }
    if (inet_pton(AF_INET6, buffer, a.bytes.data()) == 1) {
        a.family = 6;
        return a;
    }
    return std::nullopt;
}

std::string ClientAddress::text() const {
    char buffer[INET6_ADDRSTRLEN] = {};
    inet_ntop(family == 4 ? AF_INET : AF_INET6, bytes.data(), buffer, sizeof buffer);
    return buffer;
}

std::optional<Cidr> Cidr::parse(std::string_view text) {
    const std::size_t slash = text.find('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    auto network = ClientAddress::parse(text.substr(0, slash));
    if (!network)
        return std::nullopt;
    int prefix = -1;
    const std::string_view bits = text.substr(slash + 1);
    const auto [end, error] = std::from_chars(bits.data(), bits.data() + bits.size(), prefix);
    if (error != std::errc() || end != bits.data() + bits.size() || prefix < 0 ||
        prefix > (network->family == 4 ? 32 : 128))
        return std::nullopt;
    return Cidr{*network, prefix};
}

bool Cidr::contains(const ClientAddress &address) const {
    if (address.family != network.family)
        return false;
    const int whole = prefix / 8;
    if (std::memcmp(address.bytes.data(), network.bytes.data(), static_cast<std::size_t>(whole)))
        return false;
    const int rest = prefix % 8;
    if (rest == 0)
        return true;
    const auto mask = static_cast<std::uint8_t>(0xFF << (8 - rest));
    return (address.bytes[static_cast<std::size_t>(whole)] & mask) ==
           (network.bytes[static_cast<std::size_t>(whole)] & mask);
}

bool GatewayCopy::cooledOff(const ClientAddress &address, std::int64_t nowMs) const {
    for (const auto &[cooledAddress, untilMs] : cooled) {
        if (untilMs > nowMs && cooledAddress == address)
            return true;
    }
    return false;
}

bool GatewayCopy::isCut(const std::string &sector, std::string_view scope) const {
    bool known = false;
    for (const Cut &c : cuts)
        known = known || (c.known && c.scope == scope);
    for (const Cut &c : cuts) {
        if (c.sector == sector && c.known == known && (!known || c.scope == scope))
            return c.cut;
    }
    return false;
}

bool GatewayCopy::namesPerson(std::string_view scope) const {
    return std::find(subjectScopes.begin(), subjectScopes.end(), scope) != subjectScopes.end();
}

Decision GatewayCopy::decide(const KeyEntry &key, std::string_view scope,
                             const std::optional<ClientAddress> &address,
                             std::int64_t nowMs) const {
    Decision d;
    d.partner = key.partner;
    if (!key.denial.empty()) {
        d.reason = key.denial;
        return d;
    }
    if (key.expiresAtMs <= nowMs) {
        d.reason = "key_expired";
        return d;
    }
    if (isCut(key.sector, scope)) {
        d.reason = "kill_switch";
        return d;
    }
    bool granted = false;
    for (const std::string &s : key.scopes)
        granted = granted || s == scope;
    if (!granted) {
        d.reason = "scope_denied";
        return d;
    }
    bool inside = false;
    if (address) {
        for (const Cidr &c : key.allowlist)
            inside = inside || c.contains(*address);
    }
    if (!inside) {
        d.reason = "ip_denied";
        return d;
    }
    d.allowed = true;
    d.reason = "ok";
    return d;
}

} // namespace cowin::gateway
