// The GUI's shell: makes the window and GL context, loads the map, then runs the frame loop
// (input -> panels -> map -> ImGui), waiting for events whenever nothing moves.
//
// [SECTION] Window and context
// [SECTION] Frame loop
// [SECTION] Entry point
#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "map/view_spec.h"
#include "render/basemap_image_cache.h"
#include "render/map_renderer.h"
#include "ui/app_settings.h"
#include "ui/app_state.h"
#include "ui/corpus_session.h"
#include "ui/export_job.h"
#include "ui/named_views.h"
#include "ui/selection.h"
#include "ui/ui_trace.h"
#include "ui/gui_options.h"
#include "ui/map_canvas.h"
#include "ui/map_covers.h"
#include "ui/panels.h"
#include "ui/ui_fonts.h"
#include "util/data_paths.h"
#include "util/error.h"
#include "util/readable_dates.h"

namespace atlas::ui {
namespace {

using Clock = std::chrono::steady_clock;

//-----------------------------------------------------------------------------
// [SECTION] Window and context
//-----------------------------------------------------------------------------

std::string g_glfw_error;

// GLFW itself: initialised first (monitors can then be asked for their scale), ended last.
class GlfwLibrary {
 public:
  GlfwLibrary() {
    glfwSetErrorCallback([](int, const char* message) { g_glfw_error = message ? message : ""; });
    if (!glfwInit())
      throw AtlasError("GLFW", "cannot open a window: " + g_glfw_error +
                                   " (no display? run under a desktop session or xvfb-run; exports need none)");
  }
  ~GlfwLibrary() { glfwTerminate(); }
  GlfwLibrary(const GlfwLibrary&) = delete;
  GlfwLibrary& operator=(const GlfwLibrary&) = delete;

  // The primary monitor's content scale: what the window will most likely get.
  static float PrimaryContentScale() {
    float x = 1, y = 1;
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) glfwGetMonitorContentScale(monitor, &x, &y);
    return std::max(1.f, x);
  }
};

class Window {
 public:
  Window(int width, int height) {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    window_ = glfwCreateWindow(width, height, "Caucasus Atlas", nullptr, nullptr);
    if (!window_) throw AtlasError("GLFW", "cannot create an OpenGL 3.3 window: " + g_glfw_error);
    glfwMakeContextCurrent(window_);
    if (!gladLoadGL(reinterpret_cast<GLADloadfunc>(glfwGetProcAddress))) {
      glfwDestroyWindow(window_);
      throw AtlasError("OpenGL", "cannot load OpenGL 3.3 functions");
    }
  }
  ~Window() { glfwDestroyWindow(window_); }
  Window(const Window&) = delete;
  Window& operator=(const Window&) = delete;
  GLFWwindow* get() const { return window_; }

  // Physical pixels per logical pixel for drawing the map: on macOS the framebuffer is
  // larger than the window; on X11 and Windows the content scale says so instead.
  float PixelRatio() const { return std::max(FramebufferScale(), ContentScale()); }
  // Framebuffer pixels per window coordinate (2 on a Retina screen; mouse positions use it).
  float FramebufferScale() const {
    int w = 0, fw = 0, h = 0, fh = 0;
    glfwGetWindowSize(window_, &w, &h);
    glfwGetFramebufferSize(window_, &fw, &fh);
    return w > 0 ? float(fw) / float(w) : 1.f;
  }
  float ContentScale() const {
    float x = 1, y = 1;
    glfwGetWindowContentScale(window_, &x, &y);
    return std::max(1.f, x);
  }

 private:
  GLFWwindow* window_ = nullptr;
};

// A UI font atlas built for `content_scale`, on any thread (it needs no ImGui context).
struct UiFontAtlas {
  std::unique_ptr<ImFontAtlas> atlas;
  float scale = 1;
};

UiFontAtlas BuildUiFontAtlas(float content_scale) {
  UiFontAtlas fonts{std::make_unique<ImFontAtlas>(), content_scale};
  BuildUiFonts(*fonts.atlas, AssetsDir() / "fonts", content_scale);
  return fonts;
}

class ImGuiSession {
 public:
  // `fonts` were built before the window opened, for the scale the window was expected to get.
  ImGuiSession(GLFWwindow* window, float content_scale, UiFontAtlas fonts)
      : scale_(content_scale), fonts_(std::move(fonts.atlas)) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(fonts_.get());
    ImGuiIO& io = ImGui::GetIO();
    ini_path_ = (UserConfigDir() / "imgui.ini").string();
    io.IniFilename = ini_path_.c_str();
    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 4;
    style.FrameRounding = 3;
    style.WindowBorderSize = 1;
    style.Colors[ImGuiCol_WindowBg].w = 1.0f;  // opaque: the map is not drawn under panels
    base_style_ = style;
    style.ScaleAllSizes(content_scale);
    if (fonts.scale != content_scale) BuildUiFonts(*io.Fonts, AssetsDir() / "fonts", content_scale);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    SampleFontAtlasNearest();
  }
  // The window moved to a screen with another scale: rebuild fonts and sizes for it.
  void Rescale(float content_scale) {
    if (content_scale == scale_) return;
    scale_ = content_scale;
    ImGui::GetStyle() = base_style_;
    ImGui::GetStyle().ScaleAllSizes(content_scale);
    BuildUiFonts(*ImGui::GetIO().Fonts, AssetsDir() / "fonts", content_scale);
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    SampleFontAtlasNearest();
  }
  ~ImGuiSession() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;

 private:
  // Glyphs and panels are drawn 1:1 (fonts are rebuilt for each content scale), so the atlas
  // is read texel for texel: a software rasteriser fills panels a quarter faster than with
  // bilinear filtering, and text is no less sharp.
  static void SampleFontAtlasNearest() {
    glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(ImGui::GetIO().Fonts->TexID)));
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  }
  float scale_;
  std::unique_ptr<ImFontAtlas> fonts_;  // shared with the context, which does not own it
  ImGuiStyle base_style_;
  std::string ini_path_;
};

//-----------------------------------------------------------------------------
// [SECTION] Frame loop
//-----------------------------------------------------------------------------

struct FrameTimes {
  double first_frame_seconds = 0;
  std::vector<double> frame_ms;
};

void PrintTimes(const FrameTimes& t) {
  std::vector<double> ms = t.frame_ms;
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, size_t(p * double(ms.size())))]; };
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("first_frame_s %.3f\nframes %zu\nframe_median_ms %.2f\nframe_p99_ms %.2f\nframe_max_ms %.2f\npeak_rss_mb %.0f\n",
              t.first_frame_seconds, ms.size(), pct(0.5), pct(0.99), ms.empty() ? 0.0 : ms.back(),
              double(usage.ru_maxrss) / 1024.0);
}

// Files and folders dropped on the window are ingested like Add articles.
void OnDrop(GLFWwindow* window, int count, const char** paths) {
  auto* state = static_cast<AppState*>(glfwGetWindowUserPointer(window));
  std::vector<std::filesystem::path> dropped;
  for (int i = 0; i < count; ++i) dropped.emplace_back(paths[i]);
  state->corpus->Ingest(std::move(dropped));
  state->notice = "Reading " + std::to_string(count) + " dropped item(s)…";
}

// Records presses for the frame loop, then lets ImGui see the key as usual.
void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (action == GLFW_PRESS || action == GLFW_REPEAT)
    static_cast<AppState*>(glfwGetWindowUserPointer(window))->key_presses.push_back({key, mods});
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void HandleShortcuts(AppState& state) {
  for (const KeyPress& k : state.key_presses) {
    if (!(k.mods & GLFW_MOD_CONTROL)) continue;
    if (k.key == GLFW_KEY_Q) state.quit_requested = true;
    if (k.key == GLFW_KEY_F) state.search_focus_requested = true;
    if (k.key == GLFW_KEY_O) state.show_add_articles = true;
    if (k.key == GLFW_KEY_E) state.show_export = true;
    if (k.key == GLFW_KEY_S) state.show_save_view = true;
  }
}

void DrawPanels(AppState& state) {
  const float top = DrawMainMenu(state);
  const float status = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y;
  DrawSearchPanel(state, top);
  DrawLayersPanel(state);
  DrawTimelinePanel(state, status);
  DrawSourcesPanel(state, top, status);
  DrawArticlePanel(state);
  DrawAddArticlesPanel(state);
  DrawActorsPanel(state);
  DrawExportPanel(state);
  DrawSaveViewPanel(state);
  DrawAboutPanel(state);
  if (state.export_job)
    if (auto outcome = state.export_job->TakeOutcome()) state.notice = outcome->message;
  DrawStatusBar(state);
  if (!ImGui::GetIO().WantCaptureMouse) {
    DrawPlaceTooltip(state);
    DrawFeatureTooltip(state);
  }
}

int RunFrameLoop(Window& window, ImGuiSession& imgui, AppState& state, render::MapRenderer& renderer,
                 const GuiOptions& options, Clock::time_point started) {
  MapCanvas canvas;
  render::BasemapImageCache basemap_cache;
  glfwSetWindowUserPointer(window.get(), &state);
  glfwSetDropCallback(window.get(), OnDrop);
  glfwSetKeyCallback(window.get(), OnKey);
  FrameTimes times;
  int frames = 0;
  int timed_from = -1;  // the first frame whose time counts (benchmarks)
  int settle_frames = 2;  // ImGui needs a frame or two after input to settle hover states
  auto last = Clock::now();
  const bool benchmark = options.exit_after_frames.has_value();
  while (!glfwWindowShouldClose(window.get()) && !state.quit_requested) {
    if (benchmark || settle_frames > 0) {
      glfwPollEvents();
    } else {
      glfwWaitEvents();  // idle politely: no frames while nothing moves
      settle_frames = 2;
    }
    const auto frame_start = Clock::now();
    const double dt = std::chrono::duration<double>(frame_start - last).count();
    last = frame_start;

    int fb_w = 0, fb_h = 0;
    glfwGetFramebufferSize(window.get(), &fb_w, &fb_h);
    const float fb_scale = window.FramebufferScale();
    const float ratio = window.PixelRatio();
    if (fb_w != state.view.width() || fb_h != state.view.height() || ratio != float(state.view.pixel_ratio()))
      state.view.SetViewport(fb_w, fb_h, ratio);
    imgui.Rescale(window.ContentScale());

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    const ImGuiIO& io = ImGui::GetIO();
    if (state.corpus->Poll()) {
      RefreshSources(state);
      TraceCorpus(state);
    }
    HandleShortcuts(state);
    canvas.HandleInput(state, io, fb_scale);
    const bool moving = canvas.Animate(state, dt);
    if (benchmark) state.view.PanByPixels({1.5, 0.5});  // keep labels re-placing, as when panning

    state.map_covers.clear();
    DrawPanels(state);
    state.key_presses.clear();
    ImGui::Render();

    basemap_cache.Draw(renderer, state.view, state.layers,
                       state.corpus->Overlay(state.selected_place, state.hovered_place, state.selected_feature,
                                             state.hovered_feature),
                       0, state.map_covers, MapCoverInset());
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (benchmark) glFinish();  // measure the whole frame, not just its submission
    glfwSwapBuffers(window.get());

    const auto frame_end = Clock::now();
    // Frame times count once start-up work (gazetteer, curated layers, the bundled corpus's
    // ingest check) is behind us and 60 more frames have passed: the steady cost of panning.
    constexpr int kWarmUpFrames = 60;
    if (frames == 0) {
      times.first_frame_seconds = std::chrono::duration<double>(frame_end - started).count();
      state.corpus->Start();  // the corpus's start-up work waits until the map is on screen
    } else if (timed_from < 0 && state.corpus->ready() && state.corpus->curated() && !state.corpus->progress().running) {
      timed_from = frames + kWarmUpFrames;
    } else if (timed_from >= 0 && frames >= timed_from) {
      times.frame_ms.push_back(std::chrono::duration<double, std::milli>(frame_end - frame_start).count());
    }
    ++frames;
    settle_frames = moving || io.WantTextInput ? 2 : std::max(0, settle_frames - 1);
    if (benchmark && int(times.frame_ms.size()) >= *options.exit_after_frames) break;
  }
  if (benchmark) PrintTimes(times);
  return 0;
}

void SaveLastState(const AppState& state) {
  AppSettings s;
  const geo::LonLat centre = state.assets->projection.Inverse(state.view.center());
  s.center_lon = centre.lon;
  s.center_lat = centre.lat;
  s.zoom = state.view.zoom();
  s.layers = state.layers;
  s.naming = state.corpus->naming();
  s.filter = state.corpus->filter();
  s.show_layers = state.show_layers;
  s.show_sources = state.show_sources;
  s.show_timeline = state.show_timeline;
  s.show_actors = state.show_actors;
  try {
    SaveSettings(SettingsPath(), s);
  } catch (const AtlasError& e) {
    std::fprintf(stderr, "caucasus-atlas: %s\n", e.what());  // the map is closing; say why it will not remember
  }
}

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Entry point
//-----------------------------------------------------------------------------

int RunGui(const GuiOptions& options) {
  const auto started = Clock::now();
  // Validate the inputs before opening anything.
  std::optional<map::ViewSpec> spec;
  if (!options.view_file.empty()) spec = map::ReadViewFile(options.view_file);
  const geo::BasemapSource source = geo::BasemapSource::Default();

  // The basemap loads and tessellates on a worker while the window, context and fonts start.
  auto loading = std::async(std::launch::async, [source] {
    return map::LoadBasemapAssets(source, map::DefaultBasemapStyle());
  });
  GlfwLibrary glfw;
  // The GUI's fonts are rasterised on a worker too, while the window and GL context open.
  auto ui_fonts = std::async(std::launch::async, BuildUiFontAtlas, GlfwLibrary::PrimaryContentScale());
  Window window(options.width, options.height);
  const bool benchmark = options.exit_after_frames.has_value();
  glfwSwapInterval(benchmark ? 0 : 1);  // vsync on, except when measuring frame cost
  ImGuiSession imgui(window.get(), window.ContentScale(), ui_fonts.get());

  auto assets = loading.get();  // rethrows a loading error here, after the window opened
  render::FontSet fonts(AssetsDir() / "fonts", render::DefaultGlyphCacheFile());
  render::MapRenderer renderer(assets->scene, *assets->style, fonts);

  AppState state;
  state.assets = assets.get();
  const AppSettings settings = LoadSettings(SettingsPath(), &state.notice);
  CorpusSession corpus(options.database.empty() ? store::DefaultCorpusPath() : options.database, assets->projection,
                       source.vector_file, [] { glfwPostEmptyEvent(); });
  state.corpus = &corpus;
  corpus.SetNaming(settings.naming);
  corpus.SetFilter(settings.filter);
  state.layers = settings.layers;
  state.show_layers = settings.show_layers;
  state.show_sources = settings.show_sources;
  state.show_timeline = settings.show_timeline;
  state.show_actors = settings.show_actors;

  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(window.get(), &fb_w, &fb_h);
  state.view.SetViewport(fb_w, fb_h, window.PixelRatio());
  map::LimitViewToAssets(*assets, state.view);
  if (spec) {
    ApplyAppView(state, *spec);  // the window keeps its own size
  } else if (settings.center_lon && settings.center_lat && settings.zoom) {
    state.view.SetCenter(assets->projection.Forward({*settings.center_lon, *settings.center_lat}));
    state.view.SetLogicalResolution(map::ResolutionForZoom(*settings.zoom));
  } else {
    state.view.FitBounds(map::HomeBounds(assets->projection), 0.0);
  }
  ExportJob export_job([] { glfwPostEmptyEvent(); });
  state.export_job = &export_job;
  state.export_settings = DefaultExportSettings(TodayIso());
  const int code = RunFrameLoop(window, imgui, state, renderer, options, started);
  SaveLastState(state);
  return code;
}

}  // namespace atlas::ui
