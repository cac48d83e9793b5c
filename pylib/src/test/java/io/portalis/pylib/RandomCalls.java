package io.portalis.pylib;

import io.portalis.pylib.stdlib.PyRandom;

/** Replays a golden file's sequence of random.Random calls on {@link PyRandom}. */
final class RandomCalls {
    private RandomCalls() {
    }

    @SuppressWarnings("unchecked")
    static PyList<Object> run(Object seed, PyList<Object> calls) {
        PyRandom r = new PyRandom(seed);
        PyList<Object> out = new PyList<>();
        for (Object c : calls) {
            PyTuple call = (PyTuple) c;
            Object a = call.size() > 1 ? call.get(1) : null;
            Object b = call.size() > 2 ? call.get(2) : null;
            Object d = call.size() > 3 ? call.get(3) : null;
            out.add(switch ((String) call.get(0)) {
                case "random" -> r.random();
                case "randint" -> r.randint(a, b);
                case "randrange" -> call.size() == 2 ? r.randrange((Long) a) : call.size() == 3
                        ? r.randrange((Long) a, (Long) b) : r.randrange((Long) a, (Long) b, (Long) d);
                case "getrandbits" -> r.getrandbits((Long) a);
                case "choice" -> r.choice((PyList<Object>) a);
                case "shuffle" -> {
                    PyList<Object> items = ((PyList<Object>) a).copy();
                    r.shuffle(items);
                    yield items;
                }
                case "sample" -> r.sample((PyList<Object>) a, (Long) b);
                case "choices" -> r.choices((PyList<Object>) a, (PyList<Object>) b, (Long) d);
                case "cumchoices" -> r.choicesCumulative((PyList<Object>) a, (PyList<Object>) b, (Long) d);
                case "uniform" -> r.uniform((Double) a, (Double) b);
                case "gauss" -> r.gauss((Double) a, (Double) b);
                case "expovariate" -> r.expovariate((Double) a);
                case "normalvariate" -> r.normalvariate((Double) a, (Double) b);
                default -> throw new IllegalArgumentException("unknown random call " + call);
            });
        }
        return out;
    }
}
