// Status and StatusOr<T>: how every fallible call in the core reports failure.
//
//   precis::StatusOr<precis::Result> r = precis::Summarize(text, options);
//   if (!r.ok()) { std::cerr << r.status().message(); return 1; }
//   Use(r.value());
//
// No exception crosses a module boundary; the CLI turns a Status into a message and an exit code,
// the wasm binding into exactly one JS Error.
#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace precis {

class Status {
 public:
  Status() = default;  // OK
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string message) { return Status(std::move(message)); }

  bool ok() const { return message_.empty(); }
  const std::string& message() const { return message_; }

 private:
  explicit Status(std::string message) : message_(std::move(message)) {
    if (message_.empty()) message_ = "unknown error";
  }
  std::string message_;
};

template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design, like absl
  StatusOr(Status status) : status_(std::move(status)) {
    if (status_.ok()) status_ = Status::InvalidArgument("StatusOr built from an OK status");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace precis

#endif  // PRECIS_STATUS_H_
