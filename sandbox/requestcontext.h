#pragma once

#include "sandboxuser.h"

#include <QString>

// Who is asking and how to answer: what every service call takes besides its own parameters, so
// the services stay free of HTTP.
struct RequestContext
{
    const SandboxUser &user;
    QString language; // "en", "nb" or empty (no translation)
    QString baseUrl;  // "http://127.0.0.1:PORT"
};
