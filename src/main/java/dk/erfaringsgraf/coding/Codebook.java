package dk.erfaringsgraf.coding;

import java.util.List;
import java.util.Optional;

/** The themes and actors that findings and quotes are coded with, in codebook order. */
public record Codebook(List<Theme> themes, List<Actor> actors) {

    public Codebook {
        themes = List.copyOf(themes);
        actors = List.copyOf(actors);
    }

    public Optional<Theme> theme(String id) {
        return themes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
