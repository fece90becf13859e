package dev.fineline.rules;

import dev.fineline.model.Account;
import dev.fineline.model.Contact;
import dev.fineline.model.Person;
import dev.fineline.model.Settings;
import dev.fineline.model.Situation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The {@link Facts} of the situation an evaluation is judging. Filled once per decision; a small list is
 * searched in place and a large one indexed on its first look-up, so a decision that looks nothing up
 * pays nothing, and an audit of 100,000 people pays for one index.
 */
final class SituationFacts implements Facts {

    /** Up to this many records a linear search beats building a map. */
    private static final int SCAN_MAX = 16;

    private final Index<Person> people = new Index<>("person", Person::id);
    private final Index<Account> accounts = new Index<>("account", Account::id);
    private final Index<Contact> contacts = new Index<>("contact", Contact::id);
    private Settings settings;
    private Situation situation;

    /** Points the index at a situation's records. */
    void fill(Situation situation) {
        people.fill(situation.people());
        accounts.fill(situation.accounts());
        contacts.fill(situation.contacts());
        settings = situation.organization().settings();
        this.situation = situation;
    }

    /** Forgets the situation, so that a kept session holds no reference to it. */
    void clear() {
        people.fill(List.of());
        accounts.fill(List.of());
        contacts.fill(List.of());
        settings = null;
        situation = null;
    }

    @Override
    public Person person(String id) {
        return people.get(id);
    }

    @Override
    public Account account(String id) {
        return accounts.get(id);
    }

    @Override
    public Contact contact(String id) {
        return contacts.get(id);
    }

    @Override
    public Situation situation() {
        if (situation == null) {
            throw new IllegalStateException("no situation is being judged");
        }
        return situation;
    }

    @Override
    public Settings settings() {
        if (settings == null) {
            throw new IllegalStateException("no situation is being judged");
        }
        return settings;
    }

    /** One kind of record by id. */
    private static final class Index<T> {
        private final String noun;
        private final Function<T, String> idOf;
        private List<T> records = List.of();
        private Map<String, T> byId;

        Index(String noun, Function<T, String> idOf) {
            this.noun = noun;
            this.idOf = idOf;
        }

        void fill(List<T> values) {
            records = values;
            byId = null;
        }

        T get(String id) {
            T found = null;
            if (records.size() <= SCAN_MAX) {
                for (int i = 0, n = records.size(); i < n; i++) {
                    T record = records.get(i);
                    if (idOf.apply(record).equals(id)) {
                        found = record;
                        break;
                    }
                }
            } else {
                if (byId == null) {
                    Map<String, T> map = new HashMap<>(records.size() * 2);
                    for (T record : records) {
                        map.put(idOf.apply(record), record);
                    }
                    byId = map;
                }
                found = byId.get(id);
            }
            if (found == null) {
                throw new IllegalArgumentException("no " + noun + " \"" + id + "\" in the situation");
            }
            return found;
        }
    }
}
