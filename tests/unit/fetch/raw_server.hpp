#pragma once
// Raw TCP endpoints on 127.0.0.1 for the failures a well-behaved HTTP server cannot
// produce: a listener that never answers, a port that refuses, and a scripted server
// that drips, truncates or cuts the connection.
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace fetchtest {

// Owns one socket descriptor.
class Socket {
 public:
  explicit Socket(int fd = -1) : fd_(fd) {}
  ~Socket() {
    if (fd_ >= 0) ::close(fd_);
  }
  Socket(Socket&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  Socket& operator=(Socket&&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// A TCP socket bound to 127.0.0.1 on a free port; listening when `listen` is true.
// Bound but not listening, connections to it are refused.
inline Socket bind_loopback(bool listen, int* port) {
  Socket s(::socket(AF_INET, SOCK_STREAM, 0));
  if (s.get() < 0) throw std::runtime_error("socket failed");
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::bind(s.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
    throw std::runtime_error("bind failed");
  if (listen && ::listen(s.get(), 16) != 0) throw std::runtime_error("listen failed");
  socklen_t len = sizeof addr;
  ::getsockname(s.get(), reinterpret_cast<sockaddr*>(&addr), &len);
  *port = ntohs(addr.sin_port);
  return s;
}

// Accepts connections (the kernel completes the handshake) and never sends a byte.
class SilentServer {
 public:
  SilentServer() : socket_(bind_loopback(true, &port_)) {}
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  int port_ = 0;
  Socket socket_;
};

// A port where nothing listens: connecting is refused.
class ClosedPort {
 public:
  ClosedPort() : socket_(bind_loopback(false, &port_)) {}
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 private:
  int port_ = 0;
  Socket socket_;
};

// A listening socket served by one thread: the scripted servers below share it. Each
// derived class starts the thread in its constructor and calls finish() in its destructor,
// so the thread ends before the members it uses.
class ServingThread {
 public:
  ServingThread(const ServingThread&) = delete;
  ServingThread& operator=(const ServingThread&) = delete;
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }

 protected:
  ServingThread() : socket_(bind_loopback(true, &port_)) {}
  ~ServingThread() = default;
  template <typename Fn>
  void start(Fn serve) {
    thread_ = std::thread(std::move(serve));
  }
  void finish() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  int listener() const { return socket_.get(); }
  bool stopping() const { return stop_.load(); }
  // Polls in short steps so a stopping test is never held up for long.
  bool wait_readable(int fd, int timeout_ms) {
    for (int waited = 0; waited < timeout_ms && !stop_; waited += 50) {
      pollfd p{fd, POLLIN, 0};
      if (::poll(&p, 1, 50) > 0) return true;
    }
    return false;
  }

 private:
  int port_ = 0;
  Socket socket_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

// Answers each connection (up to `max_connections`) with the same script: after reading
// the request head, sends each step's bytes after its delay, then closes.
class ScriptedServer : public ServingThread {
 public:
  struct Step {
    std::string bytes;
    int delay_ms = 0;
    bool reset = false;  // after sending, abort the connection with a TCP RST
  };

  explicit ScriptedServer(std::vector<Step> script, int max_connections = 2) : script_(std::move(script)) {
    start([this, max_connections] { serve(max_connections); });
  }
  ~ScriptedServer() { finish(); }

 private:
  bool sleep_unless_stopped(int ms) {
    for (int slept = 0; slept < ms && !stopping(); slept += 10)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return !stopping();
  }

  void serve(int max_connections) {
    for (int n = 0; n < max_connections && !stopping(); ++n) {
      if (!wait_readable(listener(), 10000)) return;
      Socket client(::accept(listener(), nullptr, nullptr));
      if (client.get() < 0) return;
      std::string head;
      char buf[4096];
      while (head.find("\r\n\r\n") == std::string::npos && head.size() < 65536) {
        if (!wait_readable(client.get(), 2000)) break;
        ssize_t got = ::recv(client.get(), buf, sizeof buf, 0);
        if (got <= 0) break;
        head.append(buf, static_cast<std::size_t>(got));
      }
      for (const Step& step : script_) {
        if (!sleep_unless_stopped(step.delay_ms)) return;
        if (::send(client.get(), step.bytes.data(), step.bytes.size(), MSG_NOSIGNAL) < 0) break;
        if (step.reset) {
          linger abort_on_close{1, 0};  // close() now sends RST instead of FIN
          ::setsockopt(client.get(), SOL_SOCKET, SO_LINGER, &abort_on_close, sizeof abort_on_close);
          break;
        }
      }
    }
  }

  std::vector<Step> script_;
};

// Keeps connections alive and answers each request in turn with a page naming its path;
// the first answer declares a Content-Length shorter than the bytes it sends, so the
// surplus waits on the connection for the next request (a real server bug).
class ShortLengthServer : public ServingThread {
 public:
  ShortLengthServer() {
    start([this] { serve(); });
  }
  ~ShortLengthServer() { finish(); }
  int connections() const { return connections_.load(); }

 private:

  void serve() {
    int answered = 0;
    for (int n = 0; n < 4 && !stopping(); ++n) {
      if (!wait_readable(listener(), 10000)) return;
      Socket client(::accept(listener(), nullptr, nullptr));
      if (client.get() < 0) return;
      ++connections_;
      std::string in;
      char buf[4096];
      for (int requests = 0; requests < 8 && !stopping();) {
        std::size_t end = in.find("\r\n\r\n");
        if (end == std::string::npos) {
          if (!wait_readable(client.get(), 3000)) break;
          ssize_t got = ::recv(client.get(), buf, sizeof buf, 0);
          if (got <= 0) break;
          in.append(buf, static_cast<std::size_t>(got));
          continue;
        }
        std::string path = in.substr(in.find(' ') + 1);
        path = path.substr(0, path.find(' '));
        in.erase(0, end + 4);
        ++requests;
        std::string body = "<html><body><p>page " + path + "</p></body></html>";
        const std::size_t declared = answered++ == 0 ? body.size() - 10 : body.size();
        std::string out = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ";
        out += std::to_string(declared);
        out += "\r\n\r\n";
        out.append(body, 0, declared);
        if (::send(client.get(), out.data(), out.size(), MSG_NOSIGNAL) < 0) break;
        // The surplus comes a moment later, after the client has taken the connection back.
        if (declared < body.size()) {
          std::this_thread::sleep_for(std::chrono::milliseconds(100));
          if (::send(client.get(), body.data() + declared, body.size() - declared, MSG_NOSIGNAL) < 0) break;
        }
      }
    }
  }

  std::atomic<int> connections_{0};
};

}  // namespace fetchtest
