package dk.erfaringsgraf.web;

import dk.erfaringsgraf.curation.Curation;
import io.javalin.config.JavalinConfig;
import java.util.List;

/** Every API route in one list, so the next engineer sees the whole surface (documented in /api/openapi.json). */
final class Routes {

    private Routes() {
    }

    static void register(JavalinConfig config, Explorer explorer, Curation curation) {
        var routes = config.routes;
        routes.get("/api/meta", new MetaApi(explorer)::get);
        routes.get("/api/graph", new GraphApi(explorer)::get);
        routes.get("/api/node/{type}/{key}", new NodeApi(explorer)::get);
        ItemApi items = new ItemApi(explorer);
        routes.get("/api/items", items::list);
        routes.get("/api/items/{id}", items::one);
        routes.get("/api/items/{id}/context", new ProvenanceApi(explorer)::get);
        routes.get("/api/search", new SearchApi(explorer)::get);
        routes.get("/api/matrix", new MatrixApi(explorer)::get);
        TableApi tables = new TableApi(explorer);
        routes.get("/api/tables", tables::list);
        routes.get("/api/tables/{name}", tables::get);
        List<QueryLibrary.Query> library = QueryLibrary.all();
        routes.get("/api/queries", ctx -> ctx.json(library));
        routes.post("/api/cypher", new ConsoleApi(explorer, explorer.console())::post);
        CorrectionApi corrections = new CorrectionApi(explorer, curation);
        routes.get("/api/corrections", corrections::list);
        routes.post("/api/corrections", corrections::make);
        routes.post("/api/corrections/{id}/undo", corrections::undo);
        routes.get("/api/corrections/export", corrections::export);
        routes.get("/api/openapi.json", OpenApi::get);
    }
}
