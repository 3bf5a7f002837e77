package dk.erfaringsgraf.coding;

import java.util.List;

/**
 * An actor that items mention: a group, body, organisation, role or authority.
 *
 * @param id       kebab-case ascii id (the graph's {@code Actor.id})
 * @param name     display name (Danish)
 * @param nameEn   English display name; the Danish name for proper names the codebook does not translate
 * @param kind     what sort of actor it is
 * @param aliases  lowercase word stems naming the actor (inflections follow from stem matching)
 * @param patterns regexes naming the actor, for forms a stem cannot express (case-sensitive "KL")
 */
public record Actor(String id, String name, String nameEn, ActorKind kind, List<String> aliases, List<String> patterns) {

    public Actor {
        aliases = List.copyOf(aliases);
        patterns = List.copyOf(patterns);
    }
}
