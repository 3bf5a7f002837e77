package dk.erfaringsgraf.web;

import io.javalin.config.JavalinConfig;

/** Every API route in one list, so the next engineer sees the whole surface (documented in /api/openapi.json). */
final class Routes {

    private Routes() {
    }

    static void register(JavalinConfig config, Explorer explorer) {
        var routes = config.routes;
        routes.get("/api/meta", new MetaApi(explorer)::get);
    }
}
