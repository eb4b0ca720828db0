# Varnish in front of Drammen Works' gunicorn (README: «Running it in production»).
#
#   varnishd -a public=127.0.0.1:6081 -a purge=127.0.0.1:6083 -f default.vcl -s malloc,256m
#
# The contract with the app: anonymous public pages carry no cookie and say how long a shared
# cache may keep them (Cache-Control: public, s-maxage=…); what must not be shared says private or
# no-store, or sets a cookie. Wagtail purges what a publish changes (FRONTEND_CACHE_URL, pointed
# at the purge socket). A purge drops the path with every query string: /lokaler/ and
# /lokaler/?kind=kontor alike.
vcl 4.1;

# gunicorn on this machine. The probe-less backend keeps the site answering from cache (grace,
# below) while it restarts.
backend gunicorn {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Who may purge: the app servers. PURGE is answered only on the listen socket named «purge»,
# because a TLS proxy on this machine makes every visitor's request come from 127.0.0.1.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        call purge_path;
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Documents pass too: a collection made private must stop serving its files at once.
    if (req.url ~ "^/(admin|django-admin|healthz|beacon|documents)(/|\?|$)"
        || req.url ~ "^(/en)?/partner(/|\?|$)") {
        return (pass);
    }
    # Editors (the Wagtail userbar) and partners have a session; a CSRF cookie means a form
    # that belongs to someone.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Every other cookie (analytics set by scripts, stale ones) means nothing to the app, so all
    # anonymous requests share one copy. The address alone decides the language (/ or /en/),
    # so Django's «Vary: Accept-Language» must not split the copies either.
    unset req.http.Cookie;
    unset req.http.Accept-Language;
    # The built-in VCL follows: it passes requests with Authorization and hashes the rest.
}

sub purge_path {
    if (local.socket != "purge" || !(client.ip ~ purgers)) {
        return (synth(405, "Not allowed"));
    }
    # Ban by stored path (x-path, set below): the path and all its query-string variants.
    # Only obj.* is compared, so the ban lurker clears bans in the background.
    ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
    return (synth(200, "Purged"));
}

sub vcl_hash {
    # http and https answers differ (the redirect to https); never give one for the other.
    hash_data(req.http.X-Forwarded-Proto);
    # The built-in VCL follows: URL and host.
}

sub vcl_hit {
    set req.http.X-Cache = "HIT";
}

sub vcl_miss {
    set req.http.X-Cache = "MISS";
}

sub vcl_pass {
    set req.http.X-Cache = "PASS";
}

sub vcl_backend_fetch {
    unset bereq.http.X-Cache;
}

sub vcl_backend_response {
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # Serve a stale copy for up to an hour while gunicorn does not answer (a restart, a deploy);
    # a purged copy is gone at once and is never served stale.
    set beresp.grace = 1h;
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    # The built-in VCL follows: a response with Set-Cookie, «private», «no-store» or «no-cache»
    # is not kept; otherwise s-maxage, then max-age decides how long (120 s without either).
}

sub vcl_deliver {
    unset resp.http.x-path;
    set resp.http.X-Cache = req.http.X-Cache;
}
