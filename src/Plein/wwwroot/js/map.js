// Progressive enhancement for places on proposals: a map to pick or show a point. Without JavaScript (or without the
// map tiles) the address field and text do the job. Tiles: PDOK BRT-Achtergrondkaart, the Dutch government base map.
(function () {
  'use strict';
  var maps = document.querySelectorAll('[data-map]');
  if (!maps.length || !window.L) return;
  var tiles = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
  var attribution = 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>';
  L.Icon.Default.imagePath = '/lib/leaflet/images/';

  maps.forEach(function (box) {
    box.hidden = false;
    var canvas = box.querySelector('.plein-map__canvas');
    var lat = parseFloat(box.dataset.lat), lon = parseFloat(box.dataset.lon);
    var latField = box.dataset.latField && document.getElementById(box.dataset.latField);
    var lonField = box.dataset.lonField && document.getElementById(box.dataset.lonField);
    if (latField && latField.value) { lat = parseFloat(latField.value); lon = parseFloat(lonField.value); }
    var has = !isNaN(lat) && !isNaN(lon);
    var map = L.map(canvas, { keyboard: true }).setView(has ? [lat, lon] : [52.2, 5.3], has ? 16 : 7);
    L.tileLayer(tiles, { maxZoom: 19, attribution: attribution }).addTo(map);
    var marker = has ? L.marker([lat, lon]).addTo(map) : null;
    if (box.dataset.map !== 'kiezen') return;

    function pick(point) {
      if (marker) marker.setLatLng(point); else marker = L.marker(point).addTo(map);
      latField.value = point.lat.toFixed(6);
      lonField.value = point.lng.toFixed(6);
    }
    map.on('click', function (e) { pick(e.latlng); });
    // Keyboard: the map is focusable; Enter places the point in the middle of the view.
    canvas.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') { e.preventDefault(); pick(map.getCenter()); }
    });
  });
})();
