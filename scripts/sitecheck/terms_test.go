package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// testGlossary is a small glossary in the format of site/data/glossary.yaml.
const testGlossary = `
- en: "coroutine"
  ru: "корутина"
  ru_match: 'корутин\p{L}*'
  ru_avoid: ['сопрограмм\p{L}*']
  en_match: 'coroutines?'
  en_avoid: ['co-routines?']
- en: "wall-clock time"
  ru: "время по часам"
  ru_match: 'по\s+часам'
  ru_avoid: ['настенн\p{L}*', 'настоящ(?:ее|его|ему|им|ем)\s+врем\p{L}*']
  ru_except: ['(?:в|на)\s+настоящее\s+время']
- en: "future"
  ru: "future"
  ru_match: 'future\p{L}*'
  ru_avoid: ['футур(?:а|ы|е|у|ой|ам|ами|ах)?', 'future-объект\p{L}*']
- en: "raise (an exception)"
  ru: "выбрасывать исключение"
  ru_match: 'выбр(?:ас|ос)\p{L}*'
  ru_avoid: ['брос(?:ает|ается)']
  en_match: 'rais\p{L}*'
  en_avoid: ['throw(?:s|n)?']
  en_except: ['throw\p{L}*(?:\s+\p{L}+){0,2}\s+away']
- en: "worker"
  ru: "воркер"
  ru_match: 'воркер\p{L}*'
  ru_avoid: ['исполнител\p{L}*']
  ru_except: ['исполнител\p{L}*[^.;!?]*Executor']
- en: "mutex (lock)"
  ru: "мьютекс"
`

func testRules(t *testing.T) map[string][]termRule {
	t.Helper()
	path := filepath.Join(t.TempDir(), "glossary.yaml")
	if err := os.WriteFile(path, []byte(testGlossary), 0o644); err != nil {
		t.Fatal(err)
	}
	rules, err := loadTermRules(path)
	if err != nil {
		t.Fatal(err)
	}
	return rules
}

// uses renders what findVariants found as "line:variant" strings.
func uses(found []variantUse) []string {
	var out []string
	for _, f := range found {
		out = append(out, fmt.Sprintf("%d:%s", f.line, f.variant))
	}
	return out
}

func TestFindVariants(t *testing.T) {
	rules := testRules(t)
	tests := []struct {
		name, lang, page string
		want             []string
	}{
		{"variant found", "ru", "Это сопрограмма.", []string{"1:сопрограмма"}},
		{"inflected form found", "ru", "Текст.\nМежду сопрограммами нет потоков.", []string{"2:сопрограммами"}},
		{"capitalised", "ru", "Сопрограммы и задачи.", []string{"1:Сопрограммы"}},
		{"preferred term alone", "ru", "Корутина, корутины, корутинами.", nil},
		{"several variants on a line", "ru", "сопрограмма и футура", []string{"1:сопрограмма", "1:футура"}},
		{"longest alternative, whole word", "ru", "две футурами", []string{"1:футурами"}},
		{"allowed on the introducing line", "ru", "Корутина (в переводах — сопрограмма) — это…", nil},
		{"introduced once per page only", "ru",
			"Корутина (иначе сопрограмма).\nКорутина, а не сопрограмма.\nСопрограмма.",
			[]string{"2:сопрограмма", "3:Сопрограмма"}},
		{"introduction per notion", "ru",
			"Корутина (сопрограмма), время по часам (настенное).",
			nil},
		{"a variant that contains the term does not introduce it", "ru",
			"Это future-объект.", []string{"1:future-объект"}},
		{"false positive avoided: currently", "ru", "В настоящее время это так.", nil},
		{"false positive avoided: for now", "ru", "На настоящее время хватит.", nil},
		{"wall time found", "ru", "Настоящее время больше процессорного.", []string{"1:Настоящее время"}},
		{"wall time, other case", "ru", "меньше настенного времени", []string{"1:настенного"}},
		{"not a word of its own", "ru", "подсопрограммный", nil},
		{"leftmost-longest", "ru", "в задачу бросается исключение", []string{"1:бросается"}},
		{"exception by context", "ru", "исполнитель (`ThreadPoolExecutor`) запускает", nil},
		{"no exception out of context", "ru", "исполнитель жонглирует задачами", []string{"1:исполнитель"}},
		{"inline code ignored", "en", "Call `coro.throw(exc)` to do it.", nil},
		{"inline code is a run of backticks", "ru", "`сопрограмма` и `футура`", nil},
		{"code span over a line break ignored", "en", "Call `coro.\nthrow(exc)` here.", nil},
		{"idiom excepted", "en", "The result is thrown away.", nil},
		{"idiom excepted, words between", "en", "It throws the result away.", nil},
		{"idiom excepted over a line break", "en", "a message that is then thrown\naway because", nil},
		{"english variant", "en", "An error is thrown into the coroutine.", []string{"1:thrown"}},
		{"english form", "en", "Co-routines are old.", []string{"1:Co-routines"}},
		{"front matter: title checked", "ru",
			"---\ntitle: \"Сопрограммы\"\nnotes: [сопрограмма]\n---\nТекст.",
			[]string{"2:Сопрограммы"}},
		{"front matter: other fields ignored", "ru",
			"---\ntitle: \"Корутины\"\nnotes: [сопрограмма]\n---\n", nil},
		{"link target and shortcode ignored", "en",
			"See [the page](../co-routines/) and {{< example \"async/co-routines\" >}}.", nil},
		{"diagram text checked", "ru",
			"```goat\nзадача: бросает\n```\nа `бросает` — нет", []string{"2:бросает"}},
		{"notion without variants", "ru", "мьютекс, замок", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := uses(findVariants(tt.page, rules[tt.lang]))
			if !slices.Equal(got, tt.want) {
				t.Errorf("findVariants(%q) = %q, want %q", tt.page, got, tt.want)
			}
		})
	}
}

func TestCheckTerms(t *testing.T) {
	dir := t.TempDir()
	glossary := filepath.Join(dir, "glossary.yaml")
	content := filepath.Join(dir, "content")
	files := map[string]string{
		glossary: testGlossary,
		filepath.Join(content, "ru", "glossary.md"):     "корутина: не сопрограмма и не футура",
		filepath.Join(content, "ru", "part", "page.md"): "---\ntitle: \"Страница\"\n---\n\nИдея.\nЭто сопрограмма.\n",
		filepath.Join(content, "en", "glossary.md"):     "coroutine, not co-routine",
		filepath.Join(content, "en", "part", "page.md"): "An error is raised.\n",
	}
	for path, text := range files {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	report := func(format string, args ...any) { got = append(got, fmt.Sprintf(format, args...)) }
	if err := checkTermsWith(content, glossary, report); err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(content, "ru", "part", "page.md") + `:6: "сопрограмма": the site writes "корутина"`
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("checkTerms reported %q, want one report starting %q (the glossary pages are exempt)", got, want)
	}
}

func TestLoadTermRulesErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"avoid without match", "- en: x\n  ru: x\n  ru_avoid: ['y']\n", "ru_avoid needs ru_match"},
		{"except without avoid", "- en: x\n  ru: x\n  ru_except: ['y']\n", "ru_except without ru_avoid"},
		{"bad expression", "- en: x\n  ru: x\n  ru_match: 'x'\n  ru_avoid: ['(']\n", "missing closing )"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "glossary.yaml")
			if err := os.WriteFile(path, []byte(tt.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := loadTermRules(path)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("loadTermRules: error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

// TestSiteGlossary checks the decisions recorded in the site's own glossary: each term
// matches its own expression and none of its variants, and each sentence yields exactly
// the variants listed.
func TestSiteGlossary(t *testing.T) {
	rules, err := loadTermRules(filepath.Join("..", "..", "site", "data", "glossary.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	for lang, rs := range rules {
		for _, r := range rs {
			if len(wholeWords(r.match, r.term)) == 0 {
				t.Errorf("%s: the term %q does not match its own expression %s", lang, r.term, r.match)
			}
			for _, re := range r.avoid {
				if len(wholeWords(re, r.term)) > 0 {
					t.Errorf("%s: the term %q matches its variant %s", lang, r.term, re)
				}
			}
		}
	}
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Сопрограммы и сопрограммой.", []string{"1:Сопрограммы", "1:сопрограммой"}},
		{"ru", "футуры и фьючерсы", []string{"1:футуры", "1:фьючерсы"}},
		{"ru", "Это future-объект.", []string{"1:future-объект"}},
		{"ru", "Функция возбуждает исключение, а та бросает исключение.", []string{"1:возбуждает", "1:бросает исключение"}},
		{"ru", "Тогда Python отвечает ошибкой.", []string{"1:Python отвечает"}},
		{"ru", "Сервер отвечает через 50 мс.", nil},
		{"ru", "Задачи не бросают на полпути; ошибку можно пробросить дальше.", nil},
		{"ru", "Брошенные процессы и брошенная задача.", nil},
		{"ru", "Python-программа потомков не бросает: `multiprocessing` их ждёт.", nil},
		{"ru", "Сразу бросается в глаза порядок.", nil},
		{"ru", "Тогда в задачу бросается исключение.", []string{"1:бросается"}},
		{"ru", "Второй `start()` бросает `AssertionError`.", []string{"1:бросает"}},
		{"ru", "Она бросит своё исключение.", []string{"1:бросит своё исключение"}},
		{"ru", "Функция бросает ошибку.", []string{"1:бросает ошибку"}},
		{"ru", "Исключение функция бросила дальше.", []string{"1:Исключение функция бросила"}},
		{"ru", "Это делает рантайм.", []string{"1:рантайм"}},
		{"ru", "Это делает среда выполнения Go (рантайм).", nil},
		{"ru", "Сетевой поллер и поллер.", []string{"1:Сетевой поллер", "1:поллер"}},
		{"ru", "Это параллельность.", []string{"1:параллельность"}},
		{"ru", "Горутины идут параллельно.", nil},
		{"ru", "Дедлайн близко.", []string{"1:Дедлайн"}},
		{"ru", "Таймаут истёк.", []string{"1:Таймаут"}},
		{"ru", "Работники и исполнитель.", []string{"1:Работники", "1:исполнитель"}},
		{"ru", "Исполнитель `ProcessPoolExecutor` — не воркер.", nil},
		{"ru", "Замок закрыт, в замке ключ.", []string{"1:Замок", "1:замке"}},
		{"ru", "Цепь замкнута; блокировка мьютекса.", nil},
		{"ru", "Настенное время.", []string{"1:Настенное"}},
		{"ru", "В настоящее время так; настоящий сервер; по-настоящему.", nil},
		{"ru", "Время процессора, делённое на настоящее.", []string{"1:на настоящее"}},
		{"ru", "Ожидаемый объект и ожидаемый вывод.", []string{"1:Ожидаемый объект"}},
		{"ru", "Это дедлок.", []string{"1:дедлок"}},
		{"en", "The network poller and the netpoller.", nil},
		{"en", "Text.\nThe network poller wakes it.", []string{"2:network poller"}},
		{"en", "Wall time and wall-clock time.", nil},
		{"en", "Text.\nThe wall time grows.", []string{"2:wall time"}},
		{"en", "It is thrown into the coroutine.", []string{"1:thrown"}},
		{"en", "The message is thrown away.", nil},
		{"en", "Python answers with a SyntaxError.", []string{"1:Python answers"}},
		{"en", "A time-out expires.", []string{"1:time-out"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := uses(findVariants(tt.text, rules[tt.lang]))
			if !slices.Equal(got, tt.want) {
				t.Errorf("findVariants(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}
