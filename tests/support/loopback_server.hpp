#pragma once
// A real HTTP server on 127.0.0.1 (cpp-httplib) on a free port, in its own thread.
// Records every request with its arrival time so tests can assert on what the
// program sent (conditional headers, politeness delays, robots.txt first, ...).
#include <httplib.h>

#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace testsupport {

struct RecordedRequest {
  std::string method;
  std::string host;  // Host header without port
  std::string path;  // with the query string
  httplib::Headers headers;
  std::chrono::steady_clock::time_point at;
  std::string header(const std::string& name) const {
    auto it = headers.find(name);
    return it == headers.end() ? std::string{} : it->second;
  }
};

class LoopbackServer {
 public:
  LoopbackServer() {
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      RecordedRequest r;
      r.method = req.method;
      r.host = req.get_header_value("Host");
      if (auto colon = r.host.rfind(':'); colon != std::string::npos) r.host.resize(colon);
      r.path = req.target.empty() ? req.path : req.target;
      r.headers = req.headers;
      r.at = std::chrono::steady_clock::now();
      std::lock_guard<std::mutex> lock(mutex_);
      requests_.push_back(std::move(r));
      return httplib::Server::HandlerResponse::Unhandled;
    });
  }
  ~LoopbackServer() { stop(); }
  LoopbackServer(const LoopbackServer&) = delete;
  LoopbackServer& operator=(const LoopbackServer&) = delete;

  // Register handlers before start().
  httplib::Server& http() { return server_; }

  // Binds 127.0.0.1 on a free port and serves in a background thread.
  int start() {
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("cannot bind a loopback port");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return port_;
  }

  void stop() {
    if (thread_.joinable()) {
      server_.stop();
      thread_.join();
    }
  }

  int port() const { return port_; }
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  // "HOST:PORT:127.0.0.1", for --resolve.
  std::string resolve_entry(const std::string& host) const {
    return host + ":" + std::to_string(port_) + ":127.0.0.1";
  }

  std::vector<RecordedRequest> requests() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return requests_;
  }
  void clear_requests() {
    std::lock_guard<std::mutex> lock(mutex_);
    requests_.clear();
  }

 private:
  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  mutable std::mutex mutex_;
  std::vector<RecordedRequest> requests_;
};

}  // namespace testsupport
